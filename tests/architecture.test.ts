import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const services = readdirSync(join(root, 'services'))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
    (match) => match[1]!,
  )
}

describe('architecture', () => {
  it.each(services)('services/%s/src imports no other service, only packages', (service) => {
    const offending = sourceFiles(join(root, 'services', service, 'src')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          if (spec.startsWith('.'))
            return !resolve(dirname(file), spec).startsWith(join(root, 'services', service))
          return services.some((name) => name !== service && spec === `@smartcourse/${name}`)
        })
        .map((spec) => `${relative(root, file)} → ${spec}`),
    )
    expect(offending).toEqual([])
  })

  it('names every test file that needs Nginx, envsubst or Chromium *.system.test.ts (npm test has only Node)', () => {
    const needsSystemPackages = /startNginx|renderTemplate|playwright-core|\/usr\/bin\/chromium/
    const offending = ['packages', 'services', 'apps', 'tests']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => file.endsWith('.test.ts') && !/\.(system|faults)\.test\.ts$/.test(file))
      .filter((file) => !file.includes('node_modules') && file !== fileURLToPath(import.meta.url))
      .filter((file) => needsSystemPackages.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
    expect(offending).toEqual([])
  })

  describe('layers inside a service', () => {
    const files = services.flatMap((service) => sourceFiles(join(root, 'services', service, 'src')))
    const ofKind = (suffix: string) => files.filter((file) => file.endsWith(suffix))
    const importing = (suffix: string, forbidden: RegExp) =>
      ofKind(suffix).flatMap((file) =>
        importsOf(file)
          .filter((spec) => forbidden.test(spec))
          .map((spec) => `${relative(root, file)} → ${spec}`),
      )

    it('services (*.service.ts) know nothing of HTTP: no fastify', () => {
      expect(importing('.service.ts', /^(fastify|@fastify\/)/)).toEqual([])
    })

    it('schemas (*.schemas.ts) know nothing of the database: no drizzle-orm', () => {
      expect(importing('.schemas.ts', /^drizzle-orm/)).toEqual([])
    })

    it('routes (*.routes.ts) call services, never a repository', () => {
      expect(importing('.routes.ts', /\.repository(\.js)?$/)).toEqual([])
    })

    it.each(services)(
      "services/%s/src/app.ts hands every feature's *.schemas.ts to the kit (OpenAPI components)",
      (service) => {
        const src = join(root, 'services', service, 'src')
        const app = join(src, 'app.ts')
        const registered = importsOf(app).map((spec) => resolve(src, spec).replace(/\.js$/, '.ts'))
        const features = ofKind('.schemas.ts').filter((file) => dirname(dirname(file)) === src)
        expect(features.length).toBeGreaterThan(0)
        expect(
          features.filter((file) => !registered.includes(file)).map((file) => relative(root, file)),
        ).toEqual([])
      },
    )

    it('no service file grows past 300 lines', () => {
      const long = ofKind('.service.ts')
        .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
        .filter(({ lines }) => lines > 300)
      expect(long).toEqual([])
    })
  })

  it('keeps the service kit free of service and contract imports', () => {
    const offending = sourceFiles(join(root, 'packages/service-kit/src')).flatMap((file) =>
      importsOf(file).filter(
        (spec) => spec.startsWith('@smartcourse/') && !spec.startsWith('@smartcourse/service-kit'),
      ),
    )
    expect(offending).toEqual([])
  })
})
