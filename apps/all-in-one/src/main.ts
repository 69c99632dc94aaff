import { loadConfig } from '@smartcourse/service-kit'
import { AllInOneConfigSchema } from './config.js'
import { startSystem } from './system.js'
import { ensureWebBuild } from './web-app.js'

const config = loadConfig(AllInOneConfigSchema)
await ensureWebBuild()
const system = await startSystem(config)
await system.gateway.listen({ port: config.PORT, host: config.HOST })

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return
    stopping = true
    system.gateway.log.info({ signal }, 'shutting down')
    await system.close()
    process.exit(0)
  })
}
