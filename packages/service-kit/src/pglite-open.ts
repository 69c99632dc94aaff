import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PGlite } from '@electric-sql/pglite'

/**
 * PGlite's Postgres keeps the stock 128 MB of shared buffers in its WebAssembly heap; the
 * embedded system's data is a few MB and the files sit in the OS page cache anyway, so 32 MB
 * is plenty. (Durability settings stay PGlite's defaults: nothing acknowledged is lost.)
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB']

const run = promisify(execFile)

/**
 * PGlite on `dataDir` (in memory when absent). A directory without a cluster is initialised by
 * a short-lived child process first: PGlite's initdb leaves ~450 MB of WebAssembly memory and
 * compiled code in the process that ran it, which a long-running server should not carry.
 */
export async function createPglite(dataDir?: string): Promise<PGlite> {
  if (!dataDir) return PGlite.create({ startParams: START_PARAMS })
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseOutOfProcess(dataDir)
  return PGlite.create(dataDir, { startParams: START_PARAMS })
}

async function initialiseOutOfProcess(dataDir: string) {
  const module = import.meta.resolve('@electric-sql/pglite')
  const script = `const { PGlite } = await import(${JSON.stringify(module)});
const db = await PGlite.create(process.argv[1]); await db.close()`
  await run(process.execPath, ['--input-type=module', '-e', script, dataDir], { timeout: 300_000 })
}
