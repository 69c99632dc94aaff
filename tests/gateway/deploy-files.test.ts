import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EXAMPLE_JWT_SECRET, EXAMPLE_SERVICE_TOKEN_SECRET } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { CONFIGMAP_PATH, renderGatewayConfigMap } from '../../deploy/k8s/gateway-configmap.js'
import { GATEWAY_DIR, TEMPLATE_VARIABLES } from './nginx-harness.js'

// No Docker or Kubernetes here: these checks keep the deployment files consistent with the
// code and the gateway config the Nginx tests run.

const ROOT = join(GATEWAY_DIR, '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const SERVICES = {
  'user-service': 'users',
  'course-service': 'courses',
  'enrollment-service': 'enrollments',
  'progress-service': 'progress',
  'certificate-service': 'certificates',
} as const
const GATEWAY_UPSTREAMS = {
  USER_UPSTREAM: 'user-service:8000',
  COURSE_UPSTREAM: 'course-service:8000',
  ENROLLMENT_UPSTREAM: 'enrollment-service:8000',
  PROGRESS_UPSTREAM: 'progress-service:8000',
  CERTIFICATE_UPSTREAM: 'certificate-service:8000',
}
const sorted = (values: Iterable<string>) => [...values].sort()

/** The variable names of an NGINX_ENVSUBST_FILTER such as ^(A|B)$. */
function filterNames(filter: string): string[] {
  const match = /^\^\(([A-Z_|]+)\)\$$/.exec(filter)
  if (!match) throw new Error(`unexpected NGINX_ENVSUBST_FILTER ${filter}`)
  return match[1]!.split('|')
}

describe('docker-compose.override.yml (development)', () => {
  const override = parse(read('docker-compose.override.yml'), { merge: true })
  const services = override.services as Record<string, any>

  it('runs every service from the mounted source under tsx watch, with debug logs, on 8001–8005', () => {
    const ports = {
      'user-service': 8001,
      'course-service': 8002,
      'enrollment-service': 8003,
      'progress-service': 8004,
      'certificate-service': 8005,
    }
    expect(sorted(Object.keys(services))).toEqual(sorted(Object.keys(SERVICES)))
    for (const [name, port] of Object.entries(ports)) {
      const service = services[name]
      expect(service.ports).toEqual([`${port}:8000`])
      expect(service.command.join(' ')).toContain('tsx watch')
      expect(service.environment).toEqual({ NODE_ENV: 'development', LOG_LEVEL: 'debug' })
      expect(service.volumes).toEqual(
        expect.arrayContaining([
          './packages:/app/packages:ro',
          './services:/app/services:ro',
          './apps:/app/apps:ro',
        ]),
      )
    }
  })
})

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true })
  const services = compose.services as Record<string, any>

  it('runs each service from the one image, by SERVICE, on port 8000 with a /health check', () => {
    for (const [name, folder] of Object.entries(SERVICES)) {
      const service = services[name]
      expect(service.build).toMatchObject({ context: '.', dockerfile: 'Dockerfile' })
      expect(service.environment).toMatchObject({ SERVICE: folder, PORT: '8000' })
      expect(existsSync(join(ROOT, 'services', folder, 'src', 'main.ts'))).toBe(true)
      expect(service.healthcheck.test.join(' ')).toContain('127.0.0.1:8000/health/ready')
      expect(service.depends_on.postgres.condition).toBe('service_healthy')
    }
    expect(services['course-service'].environment.MONGODB_URL).toMatch(/^mongodb:\/\/.*@mongodb:27017/)
    expect(services['course-service'].depends_on.mongodb.condition).toBe('service_healthy')
  })

  it('lets every service scale: no container_name, no host ports', () => {
    for (const name of Object.keys(SERVICES)) {
      expect(services[name].container_name).toBeUndefined()
      expect(services[name].ports).toBeUndefined()
    }
  })

  it('requires JWT_SECRET_KEY from the environment instead of shipping one', () => {
    expect(read('docker-compose.yml')).toContain('JWT_SECRET_KEY: ${JWT_SECRET_KEY:?')
    expect(read('docker-compose.yml')).toContain('SERVICE_TOKEN_SECRET: ${SERVICE_TOKEN_SECRET:?')
  })

  it('gives Nginx the repository config, every template variable and the matching filter', () => {
    const gateway = services.gateway
    expect(gateway.image).toMatch(/^nginx:1\.27/)
    expect(gateway.volumes).toEqual([
      './gateway/nginx.conf:/etc/nginx/nginx.conf:ro',
      './gateway/templates:/etc/nginx/templates:ro',
      './gateway/html:/etc/nginx/html:ro',
      './gateway/ssl:/etc/nginx/ssl:ro',
      './gateway/tls:/etc/nginx/tls:ro',
      './gateway/tls/enable-tls.sh:/docker-entrypoint.d/40-enable-tls.sh:ro',
      './gateway/real-ip/enable-real-ip.sh:/docker-entrypoint.d/41-enable-real-ip.sh:ro',
      // apps/web's build, copied from the service image by the web-assets job
      'web-assets:/etc/nginx/web:ro',
    ])
    const hostPort = (name: string, fallback: number, container: number) =>
      `\${${name}:-${fallback}}:${container}`
    expect(gateway.ports).toEqual([
      hostPort('GATEWAY_PORT', 80, 80),
      hostPort('GATEWAY_HTTPS_PORT', 443, 443),
    ])
    expect(services['web-assets'].command.join(' ')).toContain('apps/web/dist /web/app')
    // `$$` is Compose's escape for `$`.
    expect(sorted(filterNames(gateway.environment.NGINX_ENVSUBST_FILTER.replace('$$', '$')))).toEqual(
      sorted(TEMPLATE_VARIABLES),
    )
    // HTTPS_PORT and TRUSTED_PROXIES are read by the entrypoint scripts, not rendered into the template.
    expect(
      sorted(
        Object.keys(gateway.environment).filter(
          (key) => !['NGINX_ENVSUBST_FILTER', 'HTTPS_PORT', 'TRUSTED_PROXIES'].includes(key),
        ),
      ),
    ).toEqual(sorted(TEMPLATE_VARIABLES))
    expect(gateway.environment).toMatchObject({ GATEWAY_LISTEN: '80', ...GATEWAY_UPSTREAMS })
    for (const name of Object.keys(SERVICES)) {
      expect(gateway.depends_on[name].condition).toBe('service_healthy')
    }
  })
})

describe('.env.example', () => {
  const example = read('.env.example')

  it('ships no JWT secret, so docker compose refuses to start until one is set', () => {
    expect(example).toMatch(/^JWT_SECRET_KEY=$/m)
    expect(example).not.toContain(EXAMPLE_JWT_SECRET)
  })

  it('lists every variable docker-compose.yml reads', () => {
    const used = new Set([...read('docker-compose.yml').matchAll(/(?<!\$)\$\{([A-Z_]+)/g)].map((m) => m[1]!))
    for (const name of used) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'))
  })
})

describe('Dockerfile', () => {
  it('copies the manifest of every workspace in the lockfile before npm ci', () => {
    const dockerfile = read('Dockerfile')
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, unknown> }
    const workspaces = Object.keys(lock.packages).filter((key) => key !== '' && !key.includes('node_modules'))
    expect(workspaces.length).toBeGreaterThan(0)
    const install = dockerfile.indexOf('RUN npm ci')
    for (const workspace of workspaces) {
      const copy = dockerfile.indexOf(`COPY ${workspace}/package.json ${workspace}/`)
      expect(copy, workspace).toBeGreaterThan(-1)
      expect(copy).toBeLessThan(install)
    }
  })

  it('keeps .env and node_modules out of the build context', () => {
    const ignored = read('.dockerignore').split('\n')
    expect(ignored).toEqual(expect.arrayContaining(['.env', '**/node_modules']))
  })
})

describe('deploy/k8s', () => {
  const k8sDir = join(ROOT, 'deploy', 'k8s')
  const documents = readdirSync(k8sDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(k8sDir, file), 'utf8')).map((document) => {
        expect(document.errors, file).toEqual([])
        return document.toJS() as any
      }),
    )
  const find = (kind: string, name: string) =>
    documents.find((document) => document.kind === kind && document.metadata?.name === name)

  it('has a gateway ConfigMap generated from the current gateway/ files', () => {
    expect(readFileSync(CONFIGMAP_PATH, 'utf8')).toBe(renderGatewayConfigMap(GATEWAY_DIR))
    const configMap = find('ConfigMap', 'smartcourse-gateway')
    expect(configMap.data['nginx.conf']).toBe(readFileSync(join(GATEWAY_DIR, 'nginx.conf'), 'utf8'))
  })

  it('has a Deployment and a Service per service: readiness on /health/ready, liveness and startup on /health/live', () => {
    for (const [name, folder] of Object.entries(SERVICES)) {
      const deployment = find('Deployment', name)
      const container = deployment.spec.template.spec.containers[0]
      expect(container.env).toContainEqual({ name: 'SERVICE', value: folder })
      expect(container.readinessProbe.httpGet).toMatchObject({ path: '/health/ready', port: 'http' })
      for (const probe of ['livenessProbe', 'startupProbe']) {
        expect(container[probe].httpGet).toMatchObject({ path: '/health/live', port: 'http' })
      }
      expect(find('Service', name).spec.ports[0]).toMatchObject({ port: 8000, targetPort: 'http' })
    }
  })

  it('renders the gateway template with every variable and the matching filter', () => {
    const container = find('Deployment', 'gateway').spec.template.spec.containers[0]
    const env = Object.fromEntries(
      (container.env as Array<{ name: string; value: string }>).map((entry) => [entry.name, entry.value]),
    )
    expect(sorted(filterNames(env.NGINX_ENVSUBST_FILTER!))).toEqual(sorted(TEMPLATE_VARIABLES))
    for (const name of TEMPLATE_VARIABLES) expect(env[name], name).toBeTruthy()
    expect(env).toMatchObject(GATEWAY_UPSTREAMS)
    // Trusted hops (issue 9.10): the entrypoint script runs, from the ConfigMap, executable.
    expect(env).toHaveProperty('TRUSTED_PROXIES')
    expect(container.volumeMounts).toContainEqual({
      name: 'gateway-config',
      mountPath: '/docker-entrypoint.d/41-enable-real-ip.sh',
      subPath: 'enable-real-ip.sh',
    })
    const volume = find('Deployment', 'gateway').spec.template.spec.volumes.find(
      (entry: { name: string }) => entry.name === 'gateway-config',
    )
    expect(volume.configMap.defaultMode).toBe(0o755)
  })

  it('ships a Secret template only, never applied by the kustomization', () => {
    const kustomization = documents.find((document) => document.kind === 'Kustomization')
    expect(kustomization.resources).not.toContain('secret.example.yaml')
    expect(find('Secret', 'smartcourse-secrets').stringData.JWT_SECRET_KEY).toBe(EXAMPLE_JWT_SECRET)
    // A placeholder the services refuse, so the template cannot be applied as it is.
    expect(find('Secret', 'smartcourse-secrets').stringData.SERVICE_TOKEN_SECRET).toBe(
      EXAMPLE_SERVICE_TOKEN_SECRET,
    )
    for (const name of Object.keys(SERVICES)) {
      expect(find('Deployment', name).spec.template.spec.containers[0].env, name).toContainEqual({
        name: 'SERVICE_TOKEN_SECRET',
        valueFrom: { secretKeyRef: { name: 'smartcourse-secrets', key: 'SERVICE_TOKEN_SECRET' } },
      })
    }
    expect(kustomization.resources).not.toContain('admin-secret.example.yaml')
  })

  it('creates the first admin from the optional Secret smartcourse-admin', () => {
    const admin = find('Secret', 'smartcourse-admin')
    expect(Object.keys(admin.stringData).sort()).toEqual(['ADMIN_EMAIL', 'ADMIN_PASSWORD'])
    const env = find('Deployment', 'user-service').spec.template.spec.containers[0].env
    for (const key of ['ADMIN_EMAIL', 'ADMIN_PASSWORD']) {
      expect(env).toContainEqual({
        name: key,
        valueFrom: { secretKeyRef: { name: 'smartcourse-admin', key, optional: true } },
      })
    }
  })
})
