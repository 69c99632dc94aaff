import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AllInOneConfigSchema, type System, startSystem } from '@smartcourse/all-in-one'
import {
  type EventType,
  EventTypes,
  eventCallersOf,
  eventSubscriptions,
  eventsConsumedBy,
  type ServiceName,
  serviceIdentities,
} from '@smartcourse/contracts'
import { createCache, createTokenService, loadConfig } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The subscription table (packages/contracts/src/event-subscriptions.ts) against what each
// service's mounted POST /internal/events really handles: an event type it handles refuses a
// null payload (422, checked against its contract), one it does not handle is `ignored`, and a
// service without event routes answers 404.
const secret = randomBytes(32).toString('base64url')
const serviceSecret = randomBytes(32).toString('base64url')
const tokens = createTokenService({ secret, serviceSecret, cache: createCache({}) })
const services = Object.keys(serviceIdentities) as ServiceName[]
const eventTypes = Object.values(EventTypes)

let system: System
let dataDir: string

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-subscriptions-'))
  system = await startSystem(
    loadConfig(AllInOneConfigSchema, {
      DATA_DIR: dataDir,
      JWT_SECRET_KEY: secret,
      SERVICE_TOKEN_SECRET: serviceSecret,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'development',
    }),
  )
})
afterAll(async () => {
  await system?.close()
  await rm(dataDir, { recursive: true, force: true })
})

/**
 * Who sends `type` to `service`: the producer when the table subscribes `service` to it (so the
 * allow-list is checked too), otherwise any caller `service` admits.
 */
function callerOf(service: ServiceName, type: EventType): string {
  if (eventsConsumedBy(service).includes(type)) {
    const subscription = (eventSubscriptions as Partial<Record<EventType, { producer: ServiceName }>>)[type]
    return serviceIdentities[subscription!.producer]
  }
  return eventCallersOf(service)[0] ?? serviceIdentities.users
}

/** How `service` answers an event of `type`: handled, ignored, or no event route. */
async function answerOf(service: ServiceName, type: EventType) {
  const caller = callerOf(service, type)
  const response = await system.services[service].inject({
    method: 'POST',
    url: '/internal/events',
    headers: { authorization: `Bearer ${tokens.issueServiceToken(caller, serviceIdentities[service])}` },
    payload: { id: randomUUID(), type, occurred_at: new Date().toISOString(), payload: null },
  })
  if (response.statusCode === 422) return 'handled'
  if (response.statusCode === 404) return 'no event route'
  if (response.statusCode === 200 && response.json().status === 'ignored') return 'ignored'
  return `unexpected ${response.statusCode} ${response.body}`
}

describe('event subscriptions', () => {
  it.each(services)(
    '%s handles exactly the events the table subscribes it to, from their producers',
    async (service) => {
      const answers = Object.fromEntries(
        await Promise.all(eventTypes.map(async (type) => [type, await answerOf(service, type)] as const)),
      )
      const consumed = eventsConsumedBy(service)
      const expected = Object.fromEntries(
        eventTypes.map((type) => [
          type,
          consumed.includes(type) ? 'handled' : consumed.length > 0 ? 'ignored' : 'no event route',
        ]),
      )
      expect(answers).toEqual(expected)
    },
  )

  it('names only types that have a contract, and a consumer other than the producer', () => {
    for (const [type, subscription] of Object.entries(eventSubscriptions)) {
      expect(eventTypes).toContain(type)
      expect(subscription.consumers.length).toBeGreaterThan(0)
      expect(subscription.consumers).not.toContain(subscription.producer)
    }
  })
})
