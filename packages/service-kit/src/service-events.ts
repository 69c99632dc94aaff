import type { AuthGuards } from './auth/guards.js'
import { deadLetterRoutes } from './dead-letter-routes.js'
import { createOutbox, type OutboxOptions } from './outbox.js'
import { createEventRetentionJob, type RetentionTask } from './retention.js'
import type { ServiceModuleDeps } from './build-service-app.js'

/**
 * A service's outbox (its relay) and the retention job of its event tables, started and stopped
 * together, with the admin dead-letter routes of that outbox.
 */
export function createServiceEvents<Events extends object>(
  deps: ServiceModuleDeps,
  options: Pick<OutboxOptions<Events>, 'tables' | 'subscribers' | 'destinations' | 'coalesce'> & {
    /** The service's own retention tasks beside the event tables' (user-service: refresh tokens). */
    retentionTasks?: RetentionTask[]
    /** Who may see and redrive parked events, and the gateway's name and operationId label of the service. */
    deadLetters: { guards: AuthGuards; service: string; label: string }
  },
) {
  const { db, clock, logger, retention: windows } = deps
  const outbox = createOutbox<Events>({
    db,
    clock,
    logger,
    tables: options.tables,
    subscribers: options.subscribers,
    destinations: options.destinations,
    coalesce: options.coalesce,
    deadLetterAfterMs: windows.deadLetterAfterMs,
    pollIntervalMs: deps.outboxPollIntervalMs,
  })
  const retention = createEventRetentionJob({
    db,
    clock,
    logger,
    tables: options.tables,
    windows,
    tasks: options.retentionTasks,
  })
  return {
    outbox,
    retention,
    deadLetterRoutes: deadLetterRoutes({ outbox, ...options.deadLetters }),
    /** Delivers what is due (also what an earlier run left) and runs the retention job once, then periodically. */
    start() {
      outbox.start()
      retention.start()
    },
    /** Waits for a delivery and a retention run in flight. */
    async stop() {
      await outbox.stop()
      await retention.stop()
    },
  }
}
