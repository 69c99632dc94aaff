import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AllInOneConfigSchema, startSystem } from '@smartcourse/all-in-one'
import { loadConfig } from '@smartcourse/service-kit'

/**
 * All-in-one on a fresh data directory (or DATABASE_URL/REDIS_URL when set), listening on a
 * free port, with the gateway's rate limits raised out of the way of the load. `reopen`: the
 * data directory of an earlier start, to boot again on the same data.
 */
export async function startBenchSystem(name: string, reopen?: string) {
  const dataDir = reopen ?? (await mkdtemp(join(tmpdir(), `smartcourse-${name}-`)))
  const config = loadConfig(AllInOneConfigSchema, {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_AUTH_BURST: '1000000',
    RATE_LIMIT_API_BURST: '1000000',
    RATE_LIMIT_VERIFY_BURST: '1000000',
    AUTH_CONNECTION_LIMIT: '1000',
  })
  const system = await startSystem(config)
  await system.gateway.listen({ port: 0, host: '127.0.0.1' })
  const { port } = system.gateway.server.address() as { port: number }
  return { system, dataDir, base: `http://127.0.0.1:${port}` }
}
