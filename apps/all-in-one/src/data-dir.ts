import { constants } from 'node:fs'
import { access, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

/** A data directory that cannot be used; `main` prints the message alone and exits 1. */
export class DataDirError extends Error {}

const LOCK_FILE = 'smartcourse.lock'

/**
 * Creates DATA_DIR (and its parents) before anything writes under it, and checks it is a
 * writable directory. Everything the embedded form keeps (database, JWT secret, mail, keys, the
 * lock) lives below the path this returns.
 */
export async function prepareDataDir(dataDir: string): Promise<string> {
  const dir = resolve(dataDir)
  try {
    await mkdir(dir, { recursive: true })
  } catch (error) {
    throw new DataDirError(`DATA_DIR ${dir} cannot be created: ${describe(error, dir)}`)
  }
  const info = await stat(dir).catch((error) => {
    throw new DataDirError(`DATA_DIR ${dir} cannot be read: ${describe(error, dir)}`)
  })
  if (!info.isDirectory()) throw new DataDirError(`DATA_DIR ${dir} is not a directory`)
  await access(dir, constants.W_OK | constants.X_OK).catch(() => {
    throw new DataDirError(`DATA_DIR ${dir} is not writable by this user (permission denied)`)
  })
  return dir
}

function describe(error: unknown, dir: string): string {
  const { code, path } = error as NodeJS.ErrnoException
  if (code === 'EEXIST' || code === 'ENOTDIR') return `${path ?? dir} exists and is not a directory`
  if (code === 'EACCES' || code === 'EPERM') return `permission denied on ${path ?? dir}`
  if (code === 'EROFS') return 'the file system is read-only'
  return (error as Error).message
}

export interface DataDirLock {
  release(): Promise<void>
}

/**
 * One process per data directory: a second `npm start` on the same DATA_DIR would hand out the
 * same ids and overwrite the first one's data. The lock is a file holding the owner's pid; a
 * lock whose process is gone (a crash, kill -9) is taken over.
 */
export async function lockDataDir(dir: string, pid = process.pid): Promise<DataDirLock> {
  const file = join(dir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // Written aside, then linked into place: the lock never exists without its pid in it.
    const draft = `${file}.${pid}`
    try {
      await writeFile(draft, `${pid}\n`, { mode: 0o600 })
      await link(draft, file)
      return {
        async release() {
          const owner = await readOwner(file)
          if (owner === pid) await unlink(file).catch(() => {})
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DataDirError(`DATA_DIR ${dir}: cannot create the lock file: ${describe(error, file)}`)
      }
    } finally {
      await unlink(draft).catch(() => {})
    }
    const owner = await readOwner(file)
    if (owner !== undefined && owner !== pid && isRunning(owner)) {
      throw new DataDirError(
        `DATA_DIR ${dir} is in use by another SmartCourse process (pid ${owner}); ` +
          'stop it first or start this one with a different DATA_DIR',
      )
    }
    // Left behind by a process that is gone (or by an earlier run under our own pid, as in a
    // container where every start is pid 1): take it over.
    await unlink(file).catch(() => {})
  }
  throw new DataDirError(`DATA_DIR ${dir}: another process keeps taking the lock ${file}`)
}

async function readOwner(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '')
  const pid = Number.parseInt(text.trim(), 10)
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
