import { loadConfig, runService } from '@smartcourse/service-kit'
import { buildApp } from './app.js'
import { UsersConfigSchema } from './config.js'

const config = loadConfig(UsersConfigSchema)
const app = await buildApp(config)
await runService(app, { port: config.PORT, host: config.HOST })
