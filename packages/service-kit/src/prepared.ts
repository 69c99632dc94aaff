/**
 * A prepared query built once per executor (the database, not each transaction) and reused:
 * drizzle then builds the SQL text once instead of on every request, and PostgreSQL parses it
 * once per connection (a named statement). Only for queries on the hot read paths; `name` must
 * be unique in the process and the query must take its inputs as `sql.placeholder`s.
 */
const built = new WeakMap<object, Map<string, unknown>>()

export function preparedOnce<T>(executor: object, name: string, build: () => T): T {
  let queries = built.get(executor)
  if (!queries) {
    queries = new Map()
    built.set(executor, queries)
  }
  let query = queries.get(name) as T | undefined
  if (query === undefined) {
    query = build()
    queries.set(name, query)
  }
  return query
}
