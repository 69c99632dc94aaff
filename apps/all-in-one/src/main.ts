import { loadConfig } from '@smartcourse/service-kit'
import { AllInOneConfigSchema } from './config.js'
import { listenHttps, tlsFilesFrom } from './https.js'
import { startSystem } from './system.js'

const config = loadConfig(AllInOneConfigSchema)
const tls = tlsFilesFrom(process.env)
const system = await startSystem(config)
const address = { port: config.PORT, host: config.HOST }
const stopHttps = tls ? await listenHttps(system.gateway, tls, address) : undefined
if (!tls) await system.gateway.listen(address)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return
    stopping = true
    system.gateway.log.info({ signal }, 'shutting down')
    await stopHttps?.()
    await system.close()
    process.exit(0)
  })
}
