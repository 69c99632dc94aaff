export { buildApp, type EnrollmentsDeps } from './app.js'
export { type EnrollmentsConfig, EnrollmentsConfigSchema } from './config.js'
