import { renderMetrics } from '@smartcourse/service-kit'
import Fastify from 'fastify'

/**
 * /metrics of the whole process (gateway and the five services, told apart by the `service`
 * label), on a port of its own (METRICS_PORT, on 127.0.0.1 by default) so the public port never
 * serves it.
 */
export function createMetricsServer() {
  const app = Fastify({ logger: false })
  app.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await renderMetrics()
    return reply.type(contentType).send(body)
  })
  return app
}
