import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { FastifyInstance } from 'fastify'

/** HSTS on every HTTPS answer, as the Nginx gateway sends it. */
const HSTS = 'max-age=31536000; includeSubDomains'

export interface TlsFiles {
  certFile: string
  keyFile: string
}

/**
 * TLS_CERT_FILE and TLS_KEY_FILE: both set serves HTTPS, neither plain HTTP; one alone is a
 * mistake the process refuses to start with (it would otherwise serve plain HTTP unnoticed).
 */
export function tlsFilesFrom(env: Record<string, string | undefined>): TlsFiles | undefined {
  const certFile = env.TLS_CERT_FILE || undefined
  const keyFile = env.TLS_KEY_FILE || undefined
  if (!certFile && !keyFile) return undefined
  if (!certFile || !keyFile) throw new Error('TLS_CERT_FILE and TLS_KEY_FILE must be set together')
  return { certFile, keyFile }
}

/**
 * Serves the gateway over HTTPS with Node's own TLS (1.2 and 1.3 only) on `port`, for
 * `npm start` on a server without a proxy in front. Returns a function that stops it.
 */
export async function listenHttps(
  gateway: FastifyInstance,
  files: TlsFiles,
  address: { port: number; host: string },
): Promise<() => Promise<void>> {
  await gateway.ready()
  const server: Server = createServer(
    {
      cert: readFileSync(files.certFile),
      key: readFileSync(files.keyFile),
      minVersion: 'TLSv1.2',
    },
    (request, response) => {
      response.setHeader('strict-transport-security', HSTS)
      gateway.routing(request, response)
    },
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(address.port, address.host, () => resolve())
  })
  gateway.log.info({ port: address.port, host: address.host }, 'serving HTTPS')
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
}
