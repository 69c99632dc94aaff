export { type AllInOneConfig, AllInOneConfigSchema } from './config.js'
export { type System, startSystem } from './system.js'
