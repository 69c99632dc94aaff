import { loadConfig, startTracing } from '@smartcourse/service-kit'
import { AllInOneConfigSchema } from './config.js'
import { listenHttps, tlsFilesFrom } from './https.js'
import { createMetricsServer } from './metrics-server.js'
import { startSystem } from './system.js'

const config = loadConfig(AllInOneConfigSchema)
const tracing = startTracing({ serviceName: 'smartcourse' })
const tls = tlsFilesFrom(process.env)
const system = await startSystem(config)
const address = { port: config.PORT, host: config.HOST }
const stopHttps = tls ? await listenHttps(system.gateway, tls, address) : undefined
if (!tls) await system.gateway.listen(address)
const metrics = config.METRICS_PORT > 0 ? createMetricsServer() : undefined
await metrics?.listen({ port: config.METRICS_PORT, host: config.METRICS_HOST })

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
