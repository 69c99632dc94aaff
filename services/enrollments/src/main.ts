import { loadConfig, runService } from '@smartcourse/service-kit'
import { buildApp } from './app.js'
import { EnrollmentsConfigSchema } from './config.js'

const config = loadConfig(EnrollmentsConfigSchema)
const app = await buildApp(config)
await runService(app, { port: config.PORT, host: config.HOST })
