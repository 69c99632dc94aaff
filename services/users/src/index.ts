export { buildApp, type UsersDeps } from './app.js'
export { type UsersConfig, UsersConfigSchema } from './config.js'
