import { startNginx } from '../gateway/nginx-harness.js'
import { startDistributed } from './distributed.js'
import { defineJourneySuite, JOURNEY_ADMIN } from './journey.suite.js'

defineJourneySuite('the journey through nginx and five services over HTTP', async () => {
  const services = await startDistributed({
    ADMIN_EMAIL: JOURNEY_ADMIN.email,
    ADMIN_PASSWORD: JOURNEY_ADMIN.password,
  })
  const nginx = await startNginx({ upstreams: services.upstreams })
  return {
    baseUrl: nginx.baseUrl,
    async stop() {
      await nginx.stop()
      await services.stop()
    },
  }
})
