import { loadConfig, startTracing } from '@smartcourse/service-kit'
import { AllInOneConfigSchema } from './config.js'
import { createMetricsServer } from './metrics-server.js'
import { startSystem } from './system.js'

const config = loadConfig(AllInOneConfigSchema)
const tracing = startTracing({ serviceName: 'smartcourse' })
const system = await startSystem(config)
await system.gateway.listen({ port: config.PORT, host: config.HOST })
const metrics = config.METRICS_PORT > 0 ? createMetricsServer() : undefined
await metrics?.listen({ port: config.METRICS_PORT, host: config.METRICS_HOST })

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return
    stopping = true
    system.gateway.log.info({ signal }, 'shutting down')
    await system.close()
    await metrics?.close()
    await tracing?.shutdown()
    process.exit(0)
  })
}
