import { defineGatewaySuite } from '../gateway/gateway.suite.js'
import { startNginx } from '../gateway/nginx-harness.js'
import { startDistributed } from './distributed.js'

// The gateway behaviour suite against real Nginx (the repo's template, rendered as in compose)
// in front of the five real services, each on its own port and talking to its peers over HTTP.
defineGatewaySuite('nginx in front of the real services', async () => {
  const services = await startDistributed()
  const nginx = await startNginx({ upstreams: services.upstreams })
  return {
    baseUrl: nginx.baseUrl,
    async stop() {
      await nginx.stop()
      await services.stop()
    },
  }
})
