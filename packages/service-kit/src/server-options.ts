import { randomUUID } from 'node:crypto'
import { LogController } from 'fastify'
import { trustProxyOption } from './config.js'
import { loggerDestination, loggerOptions } from './logger.js'

/**
 * The Fastify options every service and the embedded gateway share: JSON logs under their name,
 * the body limit, the proxies believed to name the client (TRUST_PROXY), and a request id (the
 * client's X-Request-ID, else a new UUID) logged as request_id. Fastify's two lines per request
 * are replaced by one access line (access-log.ts).
 */
export function serverOptions(options: {
  name: string
  logLevel: string
  nodeEnv: string
  bodyLimitBytes: number
  trustProxy?: string
}) {
  return {
    logger: {
      ...loggerOptions(options.name, options.logLevel, options.nodeEnv),
      stream: loggerDestination(options.nodeEnv),
    },
    bodyLimit: options.bodyLimitBytes,
    trustProxy: trustProxyOption(options.trustProxy),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    logController: new LogController({ requestIdLogLabel: 'request_id', disableRequestLogging: true }),
  }
}
