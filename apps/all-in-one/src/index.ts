export { type AllInOneConfig, AllInOneConfigSchema } from './config.js'
export { type System, startSystem } from './system.js'
export { createMetricsServer } from './metrics-server.js'
