export { buildApp, type ProgressDeps } from './app.js'
export { type ProgressConfig, ProgressConfigSchema } from './config.js'
