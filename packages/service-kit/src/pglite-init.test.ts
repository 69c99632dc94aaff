import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './db.js'
import { createPgliteDataDir } from './pglite-init.js'

describe('a new PGlite data directory', () => {
  const dirs: string[] = []
  const newDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sc-pglite-'))
    dirs.push(dir)
    return join(dir, 'pg')
  }
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true })
  })

  it('is created by a child process, then kept across reopening', { timeout: 60_000 }, async () => {
    const dataDir = await newDir()
    expect(await createPgliteDataDir(dataDir)).toBe(true)
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true)

    const first = await openDatabase({ dataDir })
    await first.db.execute(sql`create table kept (v text)`)
    await first.db.execute(sql`insert into kept values ('still here')`)
    await first.close()
    const again = await openDatabase({ dataDir })
    const rows = await again.db.execute(sql`select v from kept`)
    expect((rows as unknown as { rows: Array<{ v: string }> }).rows).toEqual([{ v: 'still here' }])
    await again.close()
  })

  it('opens a fresh directory in one call', { timeout: 60_000 }, async () => {
    const dataDir = await newDir()
    const handle = await openDatabase({ dataDir })
    await handle.ping()
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true)
    await handle.close()
  })
})
