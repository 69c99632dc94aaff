import { afterAll, beforeAll } from 'vitest'
import type { Database } from './db.js'
import { createEventTablesSchema } from './testing.js'

/**
 * For one test file: the schema `schemaName` with the outbox and processed_events tables, made
 * before its tests (its database handed to `onStart`) and dropped after them.
 */
export function useEventTablesSchema(schemaName: string, onStart: (db: Database) => void) {
  let events: Awaited<ReturnType<typeof createEventTablesSchema>> | undefined
  beforeAll(async () => {
    events = await createEventTablesSchema(schemaName)
    onStart(events.deps.database.db)
  })
  afterAll(() => events?.drop())
}
