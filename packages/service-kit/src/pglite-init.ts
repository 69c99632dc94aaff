import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

// Creating a PGlite data directory (initdb) grows its WebAssembly memory to about 700 MB, and
// WebAssembly memory never shrinks: the process would keep ~450 MB it no longer needs. A child
// process creates the directory and exits; this process then opens an existing one (~300 MB).
const CREATE_IN_CHILD = `
const { PGlite } = await import(process.argv[1])
const db = await PGlite.create(process.argv[2])
await db.close()
`

/**
 * Makes sure `dataDir` holds a PGlite database, creating it in a short-lived child process.
 * Returns false when the child could not do it; PGlite.create then creates it in this process.
 */
export async function createPgliteDataDir(dataDir: string): Promise<boolean> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return true
  try {
    const pglite = import.meta.resolve('@electric-sql/pglite')
    await run(process.execPath, ['--input-type=module', '-e', CREATE_IN_CHILD, pglite, dataDir], {
      timeout: 120_000,
    })
    return existsSync(join(dataDir, 'PG_VERSION'))
  } catch {
    return false
  }
}
