import { and, inArray, isNotNull, lt, type SQL } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import { Type } from 'typebox'
import { type Clock, systemClock } from './clock.js'
import { ConfigError } from './config.js'
import type { Database } from './db.js'
import type { EventTables } from './outbox.js'
import { DEFAULT_DEAD_LETTER_AFTER_MS } from './outbox.js'

const DAY_MS = 24 * 60 * 60_000
const MINUTE_MS = 60_000
/** Rows deleted per statement, so one run never holds long locks or builds a huge transaction. */
const BATCH = 1000
/**
 * Beyond the dead-letter time a delivery can still arrive: a claimed row's lease (30 s), the
 * longest backoff (60 s), a slow HTTP call. Processed-event ids are kept at least this much longer.
 */
const REDELIVERY_MARGIN_MS = 60 * MINUTE_MS

/** The windows' defaults (README, environment variables). */
export const RETENTION_DEFAULTS = {
  OUTBOX_RETENTION_DAYS: 7,
  PROCESSED_EVENTS_RETENTION_DAYS: 14,
  OUTBOX_DEAD_LETTER_AFTER_MINUTES: DEFAULT_DEAD_LETTER_AFTER_MS / MINUTE_MS,
  RETENTION_INTERVAL_MINUTES: 60,
} as const

/**
 * Config keys of the services with outbox/processed_events tables; optional, so an unset key
 * takes its RETENTION_DEFAULTS value (eventRetentionWindows).
 */
export const eventRetentionConfigProperties = {
  /** Delivered outbox rows are deleted this many days after delivery (never an undelivered one). */
  OUTBOX_RETENTION_DAYS: Type.Optional(Type.Integer({ minimum: 1 })),
  /** Consumed event ids are kept this long: longer than any redelivery (dead-letter time + margin). */
  PROCESSED_EVENTS_RETENTION_DAYS: Type.Optional(Type.Integer({ minimum: 1 })),
  /** An event still undelivered this long after it was written (or redriven) is parked. */
  OUTBOX_DEAD_LETTER_AFTER_MINUTES: Type.Optional(Type.Integer({ minimum: 1 })),
  /** How often the retention job runs (also once at start). */
  RETENTION_INTERVAL_MINUTES: Type.Optional(Type.Integer({ minimum: 1 })),
}

export type EventRetentionConfig = Partial<Record<keyof typeof RETENTION_DEFAULTS, number>>

export interface EventRetentionWindows {
  outboxRetentionMs: number
  processedEventsRetentionMs: number
  deadLetterAfterMs: number
  intervalMs: number
}

/**
 * The windows in milliseconds; refuses a processed-events window that a redelivery could
 * outlast (an id forgotten while its event may still come again would be applied twice).
 */
export function eventRetentionWindows(config: EventRetentionConfig = {}): EventRetentionWindows {
  const value = (key: keyof typeof RETENTION_DEFAULTS) => config[key] ?? RETENTION_DEFAULTS[key]
  const windows = {
    outboxRetentionMs: value('OUTBOX_RETENTION_DAYS') * DAY_MS,
    processedEventsRetentionMs: value('PROCESSED_EVENTS_RETENTION_DAYS') * DAY_MS,
    deadLetterAfterMs: value('OUTBOX_DEAD_LETTER_AFTER_MINUTES') * MINUTE_MS,
    intervalMs: value('RETENTION_INTERVAL_MINUTES') * MINUTE_MS,
  }
  if (windows.processedEventsRetentionMs <= windows.deadLetterAfterMs + REDELIVERY_MARGIN_MS) {
    throw new ConfigError(
      'Invalid configuration:\n  PROCESSED_EVENTS_RETENTION_DAYS: must exceed OUTBOX_DEAD_LETTER_AFTER_MINUTES ' +
        'plus an hour, so no event id is forgotten while its event may still be redelivered',
    )
  }
  return windows
}

/** What the job logs with (a pino logger, or anything with warn). */
export interface RetentionLogger {
  warn(details: object, message: string): void
  info?(details: object, message: string): void
}

/** One kind of row the job deletes: those older than `cutoff`, in batches; returns how many. */
export interface RetentionTask {
  name: string
  run(now: Date): Promise<number>
}

/** Deletes rows matching `where(cutoff)` of `table`, BATCH at a time, identified by `key`. */
function batchedDelete(
  db: Database,
  table: PgTable,
  key: PgColumn,
  where: (cutoff: Date) => SQL | undefined,
) {
  return async (cutoff: Date) => {
    let deleted = 0
    for (;;) {
      const due = db.select({ key }).from(table).where(where(cutoff)).limit(BATCH)
      const rows = await db.delete(table).where(inArray(key, due)).returning({ key })
      deleted += rows.length
      if (rows.length < BATCH) return deleted
    }
  }
}

/** Delivered outbox rows older than the window. Undelivered and parked rows are never touched. */
export function outboxRetention(
  db: Database,
  tables: EventTables,
  windows: EventRetentionWindows,
): RetentionTask {
  const { outbox } = tables
  const remove = batchedDelete(db, outbox, outbox.id, (cutoff) =>
    and(isNotNull(outbox.deliveredAt), lt(outbox.deliveredAt, cutoff)),
  )
  return {
    name: 'outbox',
    run: (now) => remove(new Date(now.getTime() - windows.outboxRetentionMs)),
  }
}

/**
 * Consumed event ids older than the window, and never younger than the redelivery window
 * (dead-letter time + margin), whatever the window says.
 */
export function processedEventsRetention(
  db: Database,
  tables: EventTables,
  windows: EventRetentionWindows,
): RetentionTask {
  const { processedEvents } = tables
  const keepMs = Math.max(
    windows.processedEventsRetentionMs,
    windows.deadLetterAfterMs + REDELIVERY_MARGIN_MS,
  )
  const remove = batchedDelete(db, processedEvents, processedEvents.eventId, (cutoff) =>
    lt(processedEvents.processedAt, cutoff),
  )
  return { name: 'processed_events', run: (now) => remove(new Date(now.getTime() - keepMs)) }
}

/** Rows whose `column` (a timestamp) is older than `keepMs` (e.g. refresh tokens past expiry). */
export function expiredRowsRetention(
  db: Database,
  options: { name: string; table: PgTable; key: PgColumn; column: PgColumn; keepMs: number },
): RetentionTask {
  const remove = batchedDelete(db, options.table, options.key, (cutoff) => lt(options.column, cutoff))
  return { name: options.name, run: (now) => remove(new Date(now.getTime() - options.keepMs)) }
}

/**
 * Runs the tasks at start and every `intervalMs`, with the kit's clock (tests move it and call
 * `runOnce`). A failure is logged and retried at the next run; replicas may run it at once, the
 * deletes are idempotent.
 */
export function createRetentionJob(options: {
  tasks: RetentionTask[]
  intervalMs: number
  logger: RetentionLogger
  clock?: Clock
}) {
  const clock = options.clock ?? systemClock
  let timer: NodeJS.Timeout | undefined
  let running: Promise<Record<string, number>> | undefined

  async function runOnce(): Promise<Record<string, number>> {
    const now = clock.now()
    const deleted: Record<string, number> = {}
    for (const task of options.tasks) deleted[task.name] = await task.run(now)
    if (Object.values(deleted).some((count) => count > 0)) {
      options.logger.info?.({ deleted }, 'retention: old rows deleted')
    }
    return deleted
  }

  function tick() {
    if (running) return running
    running = runOnce()
      .catch((error) => {
        options.logger.warn({ err: error }, 'retention run failed; retried at the next run')
        return {}
      })
      .finally(() => {
        running = undefined
      })
    return running
  }

  return {
    runOnce,
    start() {
      if (timer) return
      void tick()
      timer = setInterval(() => void tick(), options.intervalMs)
      timer.unref()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = undefined
      await running
    },
  }
}

export type RetentionJob = ReturnType<typeof createRetentionJob>

/**
 * The retention job of a service with the kit's event tables: delivered outbox rows and old
 * processed-event ids, plus the service's own `tasks` (user-service: refresh tokens).
 */
export function createEventRetentionJob(options: {
  db: Database
  tables: EventTables
  windows: EventRetentionWindows
  logger: RetentionLogger
  clock?: Clock
  tasks?: RetentionTask[]
}) {
  const { db, tables, windows } = options
  return createRetentionJob({
    tasks: [
      outboxRetention(db, tables, windows),
      processedEventsRetention(db, tables, windows),
      ...(options.tasks ?? []),
    ],
    intervalMs: windows.intervalMs,
    logger: options.logger,
    clock: options.clock,
  })
}
