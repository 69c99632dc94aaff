export { buildApp, type CertificatesDeps } from './app.js'
export { type CertificatesConfig, CertificatesConfigSchema } from './config.js'
export { type CertificatesModule, type CertificatesModuleDeps, createCertificatesModule } from './module.js'
