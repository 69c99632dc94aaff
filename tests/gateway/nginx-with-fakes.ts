import { type FakeUpstreams, startFakeUpstreams, type UpstreamName } from './fake-upstreams.js'
import { freePort, type RunningNginx, type StartNginxOptions, startNginx } from './nginx-harness.js'

export interface NginxWithFakesOptions extends Omit<StartNginxOptions, 'upstreams'> {
  /** Services Nginx is pointed at a closed port for (taken once the fakes listen): they are down. */
  down?: UpstreamName[]
}

export interface NginxWithFakes {
  fakes: FakeUpstreams
  nginx: RunningNginx
  /** Stops Nginx, then the fakes. */
  stop(): Promise<void>
}

/** One fake per service (fake-upstreams.ts) and Nginx in front of them. */
export async function startNginxWithFakes(options: NginxWithFakesOptions = {}): Promise<NginxWithFakes> {
  const { down = [], ...nginxOptions } = options
  const fakes = await startFakeUpstreams()
  try {
    const upstreams = { ...fakes.upstreams }
    for (const name of down) upstreams[name] = `127.0.0.1:${await freePort()}`
    const nginx = await startNginx({ ...nginxOptions, upstreams })
    return {
      fakes,
      nginx,
      stop: async () => {
        await nginx.stop()
        await fakes.close()
      },
    }
  } catch (error) {
    await fakes.close()
    throw error
  }
}
