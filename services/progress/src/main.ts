import { loadConfig, runService } from '@smartcourse/service-kit'
import { buildApp } from './app.js'
import { ProgressConfigSchema } from './config.js'

const config = loadConfig(ProgressConfigSchema)
const app = await buildApp(config)
await runService(app, { port: config.PORT, host: config.HOST })
