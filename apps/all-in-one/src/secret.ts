import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The JWT secret of the embedded mode: made once, kept (owner-readable only) in the data directory. */
export async function ensureJwtSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'jwt-secret')
  const existing = await readFile(file, 'utf8').catch(() => undefined)
  if (existing && existing.trim().length >= 32) return existing.trim()
  await mkdir(dataDir, { recursive: true })
  const secret = randomBytes(48).toString('base64url')
  await writeFile(file, secret, { mode: 0o600 })
  return secret
}
