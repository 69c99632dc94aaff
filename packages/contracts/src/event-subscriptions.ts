import type { ServiceClient } from '@smartcourse/service-kit/service-client'
import { type EventType, EventTypes } from './events.js'

/** The five services, by the name an outbox row stores as its destination. */
export type ServiceName = 'users' | 'courses' | 'enrollments' | 'progress' | 'certificates'

/** Each service's identity in service tokens (`sub`): what `guards.service(...)` lists. */
export const serviceIdentities = {
  users: 'user-service',
  courses: 'course-service',
  enrollments: 'enrollment-service',
  progress: 'progress-service',
  certificates: 'certificate-service',
} as const satisfies Record<ServiceName, string>

interface Subscription {
  producer: ServiceName
  consumers: readonly ServiceName[]
}

/**
 * Who publishes each event and who consumes it: the events table of ARCHITECTURE.md as code.
 * A producer's outbox writes one row per consumer (`outboxRoutingOf`), and a consumer's
 * POST /internal/events admits the producers of what it consumes (`eventCallersOf`). A new
 * consumer is one entry here plus its handler in the consumer's `eventRoutes`
 * (tests/event-subscriptions.test.ts checks that the two agree). `course.archived` is not
 * emitted, so it has no entry.
 */
export const eventSubscriptions = {
  [EventTypes.progressUpdated]: { producer: 'progress', consumers: ['enrollments'] },
  [EventTypes.enrollmentCompleted]: { producer: 'enrollments', consumers: ['certificates'] },
  [EventTypes.enrollmentActivated]: { producer: 'enrollments', consumers: ['users'] },
  [EventTypes.enrollmentPromoted]: { producer: 'enrollments', consumers: ['users'] },
  [EventTypes.userDeleted]: { producer: 'users', consumers: ['enrollments'] },
  [EventTypes.courseCapacityChanged]: { producer: 'courses', consumers: ['enrollments'] },
  [EventTypes.certificateIssued]: { producer: 'certificates', consumers: ['users'] },
  [EventTypes.certificateRevoked]: { producer: 'certificates', consumers: ['users'] },
  [EventTypes.courseContentChanged]: { producer: 'courses', consumers: ['progress'] },
  [EventTypes.enrollmentStatusChanged]: { producer: 'enrollments', consumers: ['progress'] },
} as const satisfies { readonly [T in EventType]?: Subscription }

type Subscriptions = typeof eventSubscriptions

/** The event types `producer` publishes. */
export type PublishedBy<P extends ServiceName> = {
  [T in keyof Subscriptions]: Subscriptions[T]['producer'] extends P ? T : never
}[keyof Subscriptions]

/** The services that consume something `producer` publishes. */
export type ConsumersOf<P extends ServiceName> = Subscriptions[PublishedBy<P>]['consumers'][number]

const entries = Object.entries(eventSubscriptions) as [EventType, Subscription][]

/**
 * A producer's outbox routing: `subscribers` (each event type it publishes → its consumers, from
 * the table) and `destinations` (each consumer's POST /internal/events client). The compiler asks
 * for exactly one client per consumer the table names.
 */
export function outboxRoutingOf<P extends ServiceName>(
  producer: P,
  eventClients: Record<ConsumersOf<P>, ServiceClient>,
) {
  const subscribers: Partial<Record<EventType, readonly ServiceName[]>> = {}
  for (const [type, subscription] of entries) {
    if (subscription.producer === producer) subscribers[type] = subscription.consumers
  }
  return {
    subscribers: subscribers as { readonly [T in PublishedBy<P>]: readonly ServiceName[] },
    destinations: eventClients as Record<string, ServiceClient>,
  }
}

/** The event types `consumer` is subscribed to. */
export function eventsConsumedBy(consumer: ServiceName): EventType[] {
  return entries.filter(([, subscription]) => subscription.consumers.includes(consumer)).map(([type]) => type)
}

/** The services allowed to POST events to `consumer` (its eventRoutes callers): the producers of what it consumes. */
export function eventCallersOf(consumer: ServiceName): string[] {
  const producers = new Set(
    entries
      .filter(([, subscription]) => subscription.consumers.includes(consumer))
      .map(([, subscription]) => serviceIdentities[subscription.producer]),
  )
  return [...producers]
}
