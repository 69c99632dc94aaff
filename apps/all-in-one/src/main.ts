import { loadConfig, startTracing } from '@smartcourse/service-kit'
import { AllInOneConfigSchema, listenHost } from './config.js'
import { DataDirError } from './data-dir.js'
import { loadEnvFile } from './env-file.js'
import { listenHttps, tlsFilesFrom } from './https.js'
import { createMetricsServer } from './metrics-server.js'
import { createStartupConsole, describeStartupError } from './startup-console.js'
import { startSystem } from './system.js'
import { ensureWebBuild } from './web-app.js'

const tty = Boolean(process.stdout.isTTY)
let context = { port: Number(process.env.PORT) || 8080, host: process.env.HOST ?? '127.0.0.1' } as {
  port: number
  host: string
  databaseUrl?: string
}

try {
  const envFile = loadEnvFile()
  const config = loadConfig(AllInOneConfigSchema)
  const host = listenHost(config)
  context = { port: config.PORT, host, databaseUrl: config.DATABASE_URL }
  const out = createStartupConsole({ tty, nodeEnv: config.NODE_ENV, logLevel: config.LOG_LEVEL })
  if (tty) process.stdout.write('Starting SmartCourse…\n')
  const tracing = startTracing({ serviceName: 'smartcourse' })
  const tls = tlsFilesFrom(process.env)
  await ensureWebBuild(out.progress)
  const system = await startSystem(config, process.env, { progress: out.progress })
  const address = { port: config.PORT, host }
  const stopHttps = tls ? await listenHttps(system.gateway, tls, address) : undefined
  if (!tls) await system.gateway.listen(address)
  const metrics = config.METRICS_PORT > 0 ? createMetricsServer() : undefined
  await metrics?.listen({ port: config.METRICS_PORT, host: config.METRICS_HOST })

  const loopback = ['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::'].includes(host)
  // Over HTTPS the gateway is served by its own TLS server (https.ts) on the configured port.
  const port = tls ? config.PORT : (system.gateway.server.address() as { port: number }).port
  const baseUrl = `${tls ? 'https' : 'http'}://${loopback ? 'localhost' : host}:${port}`
  out.summary({
    baseUrl,
    listening: ['0.0.0.0', '::'].includes(host) ? `${host}:${port} (every interface)` : `${host}:${port}`,
    // The web app, when this build serves one (at /app/).
    appUrl: ['/app/', '/app/*'].some((url) => system.gateway.hasRoute({ method: 'GET', url }))
      ? `${baseUrl}/app/`
      : undefined,
    database: system.facts.database,
    cache: system.facts.cache,
    jwtSecret: system.facts.jwtSecret,
    admin: process.env.ADMIN_EMAIL
      ? `${process.env.ADMIN_EMAIL} (ADMIN_EMAIL)`
      : 'none (set ADMIN_EMAIL and ADMIN_PASSWORD to create one)',
    envFile,
  })

  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      if (stopping) return
      stopping = true
      system.gateway.log.info({ signal }, 'shutting down')
      await stopHttps?.()
      await system.close()
      await metrics?.close()
      await tracing?.shutdown()
      process.exit(0)
    })
  }
} catch (error) {
  const explained = error instanceof DataDirError ? error.message : describeStartupError(error, context)
  if (!explained) throw error
  process.stderr.write(`\nSmartCourse could not start.\n${explained}\n`)
  process.exit(1)
}
