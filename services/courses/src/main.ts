import { loadConfig, runService } from '@smartcourse/service-kit'
import { buildApp } from './app.js'
import { CoursesConfigSchema } from './config.js'

const config = loadConfig(CoursesConfigSchema)
const app = await buildApp(config)
await runService(app, { port: config.PORT, host: config.HOST })
