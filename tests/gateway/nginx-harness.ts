import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { send } from './http-client.js'

/** The repository's gateway folder: nginx.conf, templates/, html/. */
export const GATEWAY_DIR = fileURLToPath(new URL('../../gateway/', import.meta.url))
/** apps/web's build (made by `npm start`, or ensureWebBuild in the browser tests). */
const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist/', import.meta.url))

/**
 * Every `${VAR}` of gateway/templates/default.conf.template, and nothing else: envsubst is
 * restricted to this list so Nginx's own `$variables` survive. docker-compose.yml's
 * NGINX_ENVSUBST_FILTER names the same set (a test keeps the three in step).
 */
export const TEMPLATE_VARIABLES = [
  'GATEWAY_LISTEN',
  'USER_UPSTREAM',
  'COURSE_UPSTREAM',
  'ENROLLMENT_UPSTREAM',
  'PROGRESS_UPSTREAM',
  'CERTIFICATE_UPSTREAM',
  'CORS_ORIGINS',
  'PROXY_READ_TIMEOUT',
] as const
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number]

export interface NginxUpstreams {
  /** 'host:port' of each service */
  user: string
  course: string
  enrollment: string
  progress: string
  certificate: string
}

export interface StartNginxOptions {
  upstreams: NginxUpstreams
  /** Overrides for the other template variables (CORS_ORIGINS defaults to *, PROXY_READ_TIMEOUT to 30s). */
  env?: Partial<Record<TemplateVariable, string>>
  /** PEM files mounted as ssl/fullchain.pem and ssl/privkey.pem: the gateway then serves HTTPS too. */
  tls?: { certificateFile: string; keyFile: string }
  /** TRUSTED_PROXIES for real-ip/enable-real-ip.sh: the hops whose X-Forwarded-For is believed. */
  trustedProxies?: string
  /**
   * Edits of the rendered configuration before Nginx starts (the benchmark raises the rate
   * limits with it); `extra` is written as one more conf.d file.
   */
  rewrite?: { main?: (text: string) => string; site?: (text: string) => string; extra?: string }
}

export interface RunningNginx {
  baseUrl: string
  /** `https://127.0.0.1:<port>` when started with `tls`. */
  httpsUrl?: string
  stop(): Promise<void>
  /** Access-log lines written so far (the JSON log goes to Nginx's stdout). */
  accessLog(): string[]
  /** Everything Nginx wrote to stderr (its error log). */
  errorLog(): string
}

/**
 * Renders the template exactly as the container does: `envsubst` from gettext-base, given only
 * the listed variables.
 */
export function renderTemplate(template: string, values: Record<TemplateVariable, string>): string {
  const shellFormat = TEMPLATE_VARIABLES.map((name) => `\${${name}}`).join(' ')
  const result = spawnSync('envsubst', [shellFormat], {
    input: template,
    env: { PATH: process.env.PATH, ...values },
    encoding: 'utf8',
  })
  if (result.error) {
    throw new Error(
      `envsubst is needed to render the gateway template (apt-get install -y gettext-base): ${result.error.message}`,
    )
  }
  if (result.status !== 0) throw new Error(`envsubst failed: ${result.stderr}`)
  return result.stdout
}

/**
 * Starts the repository's Nginx gateway on a free 127.0.0.1 port in front of the given
 * upstreams: copies gateway/ into a temp prefix, renders the template, runs
 * `nginx -p <tmp> -c <tmp>/nginx.conf -g 'daemon off; pid <tmp>/nginx.pid;'` and waits for /health.
 * Throws (so the tests fail, never skip) when nginx or envsubst is missing.
 */
export async function startNginx(options: StartNginxOptions): Promise<RunningNginx> {
  assertToolsInstalled()
  let lastError: unknown
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await startOnce(options, await freePort(), await freePort())
    } catch (error) {
      lastError = error
      // Someone took the port between our probe and Nginx's bind: try another one.
      if (!(error instanceof PortTakenError)) throw error
    }
  }
  throw lastError
}

class PortTakenError extends Error {}

function assertToolsInstalled() {
  for (const [tool, args, apt] of [
    ['nginx', ['-v'], 'nginx'],
    ['envsubst', ['--version'], 'gettext-base'],
  ] as const) {
    const result = spawnSync(tool, args, { encoding: 'utf8' })
    if (result.error) {
      throw new Error(
        `${tool} is needed for the gateway tests (apt-get install -y ${apt}): ${result.error.message}`,
      )
    }
  }
}

async function startOnce(options: StartNginxOptions, port: number, httpsPort: number): Promise<RunningNginx> {
  const prefix = await mkdtemp(join(tmpdir(), 'smartcourse-nginx-'))
  // Workers drop to the nginx user when we run as root; they must read html/ in here.
  await chmod(prefix, 0o755)
  await mkdir(join(prefix, 'conf.d'))
  await mkdir(join(prefix, 'temp'))
  const mainConf = await readFile(join(GATEWAY_DIR, 'nginx.conf'), 'utf8')
  await writeFile(join(prefix, 'nginx.conf'), options.rewrite?.main?.(mainConf) ?? mainConf)
  await cp(join(GATEWAY_DIR, 'html'), join(prefix, 'html'), { recursive: true })
  await cp(join(GATEWAY_DIR, 'tls'), join(prefix, 'tls'), { recursive: true })
  if (options.tls) {
    await mkdir(join(prefix, 'ssl'))
    await cp(options.tls.certificateFile, join(prefix, 'ssl', 'fullchain.pem'))
    await cp(options.tls.keyFile, join(prefix, 'ssl', 'privkey.pem'))
  }
  // What the container's entrypoint runs (/docker-entrypoint.d/): TLS on when ssl/ has the pair.
  const enableTls = spawnSync('sh', [join(prefix, 'tls', 'enable-tls.sh')], {
    env: {
      PATH: process.env.PATH,
      NGINX_CONF_DIR: prefix,
      TLS_LISTEN: `127.0.0.1:${httpsPort}`,
      HTTPS_PORT: String(httpsPort),
      TLS_RESOLVER: '127.0.0.1',
    },
    encoding: 'utf8',
  })
  if (enableTls.status !== 0)
    throw new Error(`enable-tls.sh failed: ${enableTls.stderr}${enableTls.error ?? ''}`)
  // The other entrypoint script: which hops may name the client (TRUSTED_PROXIES).
  await cp(join(GATEWAY_DIR, 'real-ip'), join(prefix, 'real-ip'), { recursive: true })
  const enableRealIp = spawnSync('sh', [join(prefix, 'real-ip', 'enable-real-ip.sh')], {
    env: { PATH: process.env.PATH, NGINX_CONF_DIR: prefix, TRUSTED_PROXIES: options.trustedProxies ?? '' },
    encoding: 'utf8',
  })
  if (enableRealIp.status !== 0)
    throw new Error(`enable-real-ip.sh failed: ${enableRealIp.stderr}${enableRealIp.error ?? ''}`)
  // The web app's build, where the template's `location /app/` looks for it (compose mounts it there).
  if (existsSync(WEB_DIST)) await cp(WEB_DIST, join(prefix, 'web', 'app'), { recursive: true })

  const { upstreams } = options
  const values: Record<TemplateVariable, string> = {
    GATEWAY_LISTEN: `127.0.0.1:${port}`,
    USER_UPSTREAM: upstreams.user,
    COURSE_UPSTREAM: upstreams.course,
    ENROLLMENT_UPSTREAM: upstreams.enrollment,
    PROGRESS_UPSTREAM: upstreams.progress,
    CERTIFICATE_UPSTREAM: upstreams.certificate,
    CORS_ORIGINS: '*',
    PROXY_READ_TIMEOUT: '30s',
    ...options.env,
  }
  const template = await readFile(join(GATEWAY_DIR, 'templates', 'default.conf.template'), 'utf8')
  const site = renderTemplate(template, values)
  await writeFile(join(prefix, 'conf.d', 'default.conf'), options.rewrite?.site?.(site) ?? site)
  if (options.rewrite?.extra) await writeFile(join(prefix, 'conf.d', 'zz-extra.conf'), options.rewrite.extra)
  // The only harness-specific piece: the distribution's compiled-in temp paths (/var/lib/nginx,
  // /var/cache/nginx) may not be writable here, so they move into the temp prefix.
  await writeFile(
    join(prefix, 'conf.d', '00-harness-temp-paths.conf'),
    ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((kind) => `${kind}_temp_path ${join(prefix, 'temp', kind)};`)
      .join('\n'),
  )

  // Files, not pipes: Node's pipes are sockets, and Nginx cannot open /dev/stdout on a socket.
  const stdoutPath = join(prefix, 'stdout.log')
  const stderrPath = join(prefix, 'stderr.log')
  const stdoutFd = openSync(stdoutPath, 'a')
  const stderrFd = openSync(stderrPath, 'a')
  const child = spawn(
    'nginx',
    [
      '-p',
      `${prefix}/`,
      '-c',
      join(prefix, 'nginx.conf'),
      '-e',
      'stderr',
      '-g',
      `daemon off; pid ${join(prefix, 'nginx.pid')};`,
    ],
    { stdio: ['ignore', stdoutFd, stderrFd] },
  )
  closeSync(stdoutFd)
  closeSync(stderrFd)
  const stdout = () => readFileSync(stdoutPath, 'utf8')
  const stderr = () => readFileSync(stderrPath, 'utf8')
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const killOnExit = () => child.kill('SIGTERM')
  process.once('exit', killOnExit)

  const baseUrl = `http://127.0.0.1:${port}`
  const stop = async () => {
    process.off('exit', killOnExit)
    await terminate(child, exited)
    await rm(prefix, { recursive: true, force: true })
  }

  const ready = await waitForHealth(baseUrl, () => child.exitCode === null && child.signalCode === null)
  if (ready !== 'up') {
    const errors = stderr()
    await stop()
    if (/Address already in use/.test(errors)) throw new PortTakenError(errors)
    throw new Error(`nginx did not start (${ready}):\n${errors}`)
  }
  return {
    baseUrl,
    httpsUrl: options.tls ? `https://127.0.0.1:${httpsPort}` : undefined,
    stop,
    accessLog: () =>
      existsSync(stdoutPath)
        ? stdout()
            .split('\n')
            .filter((line) => line.trim() !== '')
        : [],
    errorLog: () => (existsSync(stderrPath) ? stderr() : ''),
  }
}

async function waitForHealth(baseUrl: string, running: () => boolean): Promise<'up' | 'exited' | 'timeout'> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (!running()) return 'exited'
    const status = await send(baseUrl, { path: '/health' }).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return 'up'
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return 'timeout'
}

async function terminate(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
