import { type AnyPgColumn, integer, type ReferenceConfig, timestamp } from 'drizzle-orm/pg-core'

/** Every time column is a `timestamptz`: instants, never wall-clock times. */
export function timestamptz(name: string) {
  return timestamp(name, { withTimezone: true })
}

/** A NOT NULL integer column pointing at another table's id. */
export function foreignId(name: string, target: () => AnyPgColumn, actions?: ReferenceConfig['actions']) {
  return integer(name).notNull().references(target, actions)
}
