import { ConfigError, loadConfig } from '@smartcourse/service-kit'
import { AllInOneConfigSchema } from './config.js'
import { DataDirError } from './data-dir.js'
import { startSystem } from './system.js'

/** What an operator can fix (bad config, an unusable data directory): the message alone, exit 1. */
async function start() {
  try {
    const config = loadConfig(AllInOneConfigSchema)
    const system = await startSystem(config)
    await system.gateway.listen({ port: config.PORT, host: config.HOST })
    return system
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirError) {
      process.stderr.write(`smartcourse: ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

const system = await start()

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
