import { describe, expect, it } from 'vitest'
import { createTokenService } from './auth/tokens.js'
import { createCache } from './cache.js'
import type { DatabaseHandle } from './db.js'
import type { ServiceClient } from './service-client.js'
import { buildServiceApp, type ServiceModuleHost } from './build-service-app.js'

const config = {
  LOG_LEVEL: 'silent',
  NODE_ENV: 'test',
  BODY_LIMIT_BYTES: 1024,
  JWT_SECRET_KEY: 'test-secret-that-is-at-least-32-characters-long',
  COURSE_SERVICE_URL: 'http://courses.invalid',
}

/** Shared dependencies passed in (so the kit closes none of them), and a log of what happened. */
function harness() {
  const events: string[] = []
  const database = {
    db: {},
    kind: 'pglite',
    ping: async () => {},
    close: async () => void events.push('database closed'),
    migrate: async ({ schema }: { schema: string }) => void events.push(`migrated ${schema}`),
  } as unknown as DatabaseHandle
  const cache = createCache({})
  const tokens = createTokenService({ secret: config.JWT_SECRET_KEY, cache })
  return { events, overrides: { database, cache, tokens, requestLogging: false } }
}

const definition = {
  name: 'kit-test-service',
  database: { schema: 'kit_test', migrations: new URL('file:///nowhere') },
  schemas: [],
}

describe('buildServiceApp', () => {
  it('migrates, starts the module when ready, and on close stops it before closing what it opened', async () => {
    const { events, overrides } = harness()
    const app = await buildServiceApp(config, overrides, {
      ...definition,
      module: (deps, host) => {
        events.push(`module built (retention every ${deps.retention.intervalMs} ms)`)
        host.onClose(async () => void events.push('content store closed'))
        return {
          routes: async (server) => void server.get('/hello', async () => ({ hello: 'world' })),
          start: () => void events.push('started'),
          stop: () => void events.push('stopped'),
        }
      },
    })
    await app.ready()
    expect((await app.inject('/hello')).json()).toEqual({ hello: 'world' })
    await app.close()
    expect(events).toEqual([
      'migrated kit_test',
      'module built (retention every 3600000 ms)',
      'started',
      'stopped',
      'content store closed',
    ])
  })

  it('closes what the module factory opened when the factory fails', async () => {
    const { events, overrides } = harness()
    const build = buildServiceApp(config, overrides, {
      ...definition,
      module: async (_deps, host) => {
        host.onClose(async () => void events.push('content store closed'))
        throw new Error('no signing key')
      },
    })
    await expect(build).rejects.toThrow('no signing key')
    expect(events).toEqual(['migrated kit_test', 'content store closed'])
  })

  it('reaches peers through connectPeer when one is given', async () => {
    const { overrides } = harness()
    const peer: ServiceClient = { request: async () => ({ status: 200, body: undefined }) as never }
    const asked: string[] = []
    let host: ServiceModuleHost | undefined
    const connectPeer = (target: string) => {
      asked.push(target)
      return peer
    }
    const app = await buildServiceApp(
      config,
      { ...overrides, connectPeer },
      {
        ...definition,
        module: (_deps, given) => {
          host = given
          return { routes: async () => {}, start: () => {}, stop: () => {} }
        },
      },
    )
    expect(host?.peer('course-service')).toBe(peer)
    expect(asked).toEqual(['course-service'])
    // A peer whose URL setting the config lacks is a wiring mistake, said by name.
    expect(() => host?.peer('user-service')).toThrow('USER_SERVICE_URL')
    await app.close()
  })
})
