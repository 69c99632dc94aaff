import { startNginx } from '../gateway/nginx-harness.js'
import { startDistributed } from './distributed.js'

/** The distributed form as deployed: real Nginx (the repo's template) in front of the five services. */
export async function startNginxInFrontOfServices(env: Record<string, string> = {}) {
  const services = await startDistributed(env)
  const nginx = await startNginx({ upstreams: services.upstreams })
  return {
    baseUrl: nginx.baseUrl,
    async stop() {
      await nginx.stop()
      await services.stop()
    },
  }
}
