import { createHash } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import pg from 'pg'
import { registerPool } from './metrics.js'
import { createPgliteDataDir } from './pglite-init.js'
import type { Logger } from 'pino'

/** Drizzle over either driver; services write the same queries for both. */
export type Database = PgDatabase<PgQueryResultHKT, Record<string, never>>
/** What a repository function runs on: the database or an open transaction. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0]

export interface DatabaseHandle {
  db: Database
  kind: 'postgres' | 'pglite'
  ping(): Promise<void>
  close(): Promise<void>
  migrate(options: { schema: string; migrationsFolder: string }): Promise<void>
}

/**
 * Real PostgreSQL when a URL is given; otherwise PGlite in `dataDir` (in memory when absent).
 * One PGlite per directory per process: all-in-one opens it once and hands it to every service.
 */
export async function openDatabase(options: {
  databaseUrl?: string
  dataDir?: string
  poolSize?: number
  logger?: Logger
}) {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize, options.logger)
    : openPglite(options.dataDir, options.logger)
}

/** How long a request waits for a pooled connection before it is answered 503. */
const POOL_CONNECT_TIMEOUT_MS = 5_000

async function openPostgres(url: string, poolSize = 10, logger?: Logger): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: POOL_CONNECT_TIMEOUT_MS,
  })
  // A connection dying (the server restarting: 57P01) emits 'error' on its client, idle or checked
  // out by a transaction; without a listener Node kills the process. The pool drops a broken
  // client and the next checkout connects again, so logging is all there is to do.
  const onConnectionError = (error: Error) =>
    logger?.warn({ err: error }, 'database connection lost; it is replaced on next use')
  pool.on('error', onConnectionError)
  pool.on('connect', (client) => client.on('error', onConnectionError))
  const unregisterPool = registerPool(pool)
  const db = drizzleNodePg(pool) as unknown as Database
  return {
    db,
    kind: 'postgres',
    ping: async () => void (await pool.query('select 1')),
    close: async () => {
      unregisterPool()
      await pool.end()
    },
    async migrate({ schema, migrationsFolder }) {
      // Replicas starting together take turns; each applies only what is missing.
      const client = await pool.connect()
      const lockId = advisoryLockId(schema)
      try {
        await client.query('select pg_advisory_lock($1)', [lockId])
        await migrateNodePg(drizzleNodePg(client), {
          migrationsFolder,
          migrationsSchema: schema,
          migrationsTable: '__migrations',
        })
      } finally {
        await client.query('select pg_advisory_unlock($1)', [lockId]).catch(() => {})
        client.release()
      }
    },
  }
}

// PGlite runs no autovacuum, so nothing else would refresh the planner's statistics; without
// them it keeps planning for empty tables (a catalog page got 3x slower at 5,000 courses).
const PGLITE_ANALYZE_MIN_INTERVAL_MS = 10_000
// ANALYZE blocks the single connection while it runs: keep it under 1 % of the time.
const PGLITE_ANALYZE_MAX_SHARE = 0.01

// PGlite's memory is WebAssembly memory, which never shrinks: every shared buffer touched stays
// in the process. PostgreSQL's default 128 MB would be most of the embedded process's growth
// under load; the embedded database is small and its files sit in the OS page cache anyway.
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB']

async function openPglite(dataDir: string | undefined, logger?: Logger): Promise<DatabaseHandle> {
  if (dataDir && !(await createPgliteDataDir(dataDir))) {
    logger?.warn(
      'could not create the PGlite directory in a child process; creating it here (uses more memory)',
    )
  }
  const client = await PGlite.create({ dataDir, startParams: PGLITE_START_PARAMS })
  const db = drizzlePglite(client) as unknown as Database
  let timer: NodeJS.Timeout | undefined
  let closed = false
  const analyze = async () => {
    const started = performance.now()
    await client.exec('ANALYZE').catch(() => {})
    const took = performance.now() - started
    if (closed) return
    timer = setTimeout(analyze, Math.max(PGLITE_ANALYZE_MIN_INTERVAL_MS, took / PGLITE_ANALYZE_MAX_SHARE))
    timer.unref()
  }
  await analyze()
  return {
    db,
    kind: 'pglite',
    ping: async () => void (await db.execute(sql`select 1`)),
    async close() {
      closed = true
      clearTimeout(timer)
      await client.close()
    },
    async migrate({ schema, migrationsFolder }) {
      await migratePglite(drizzlePglite(client), {
        migrationsFolder,
        migrationsSchema: schema,
        migrationsTable: '__migrations',
      })
    },
  }
}

function advisoryLockId(schema: string): number {
  return createHash('sha256').update(`migrate:${schema}`).digest().readInt32BE(0)
}
