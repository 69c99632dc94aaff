import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpServer, type HttpServer } from './http-server.js'

let app: HttpServer
const database = { up: true }
const config = { LOG_LEVEL: 'silent', NODE_ENV: 'test', BODY_LIMIT_BYTES: 1024 } as const
/** The critical database check: it fails while `database.up` is false. */
const databaseCheck = {
  critical: true,
  check: async () => {
    if (!database.up) throw new Error('down')
  },
}

beforeAll(async () => {
  app = await createHttpServer({
    name: 'health-test',
    config,
    health: {
      database: databaseCheck,
      // A dependency that hangs: liveness must not wait for it.
      cache: { critical: false, check: () => new Promise(() => {}) },
    },
  })
  await app.ready()
})
afterAll(() => app.close())

describe('health for orchestrators (issue 9.9)', () => {
  it('/health/live answers 200 at once while the database is down and another dependency hangs', async () => {
    database.up = false
    const live = await app.inject('/health/live')
    expect(live.statusCode).toBe(200)
    expect(live.json()).toMatchObject({ status: 'alive', service: 'health-test' })
    database.up = true
  })

  it('/health/ready is 503 while the database is down and 200 when it is back', async () => {
    const hangless = await createHttpServer({
      name: 'ready-test',
      config,
      health: { database: databaseCheck },
    })
    try {
      database.up = false
      expect((await hangless.inject('/health/ready')).statusCode).toBe(503)
      expect((await hangless.inject('/health')).statusCode).toBe(503)
      expect((await hangless.inject('/health/live')).statusCode).toBe(200)
      database.up = true
      expect((await hangless.inject('/health/ready')).statusCode).toBe(200)
      expect((await hangless.inject('/health')).json().dependencies).toEqual({ database: 'up' })
    } finally {
      await hangless.close()
    }
  })
})
