import { loadConfig, runService } from '@smartcourse/service-kit'
import { buildApp } from './app.js'
import { CertificatesConfigSchema } from './config.js'

const config = loadConfig(CertificatesConfigSchema)
const app = await buildApp(config)
await runService(app, { port: config.PORT, host: config.HOST })
