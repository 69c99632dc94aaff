import type { Database } from './db.js'
import { createEventTablesSchema, usePerFile } from './testing.js'

/**
 * For one test file: the schema `schemaName` with the outbox and processed_events tables, made
 * before its tests (its database handed to `onStart`) and dropped after them.
 */
export function useEventTablesSchema(schemaName: string, onStart: (db: Database) => void) {
  usePerFile(
    () => createEventTablesSchema(schemaName),
    (events) => onStart(events.deps.database.db),
    (events) => events.drop(),
  )
}
