import { availableParallelism } from 'node:os'
import { hash as rawArgon2Hash, verify as rawArgon2Verify } from '@node-rs/argon2'
import { verify as rawBcryptVerify } from '@node-rs/bcrypt'

// OWASP's argon2id parameters; @node-rs/argon2 defaults to argon2id and runs off the event loop
// on libuv's thread pool (4 threads by default, shared with file and DNS work).
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 }

/**
 * At most one hash per core at a time, the rest wait in order: more at once only share the
 * cores (each one slower, every login's latency up), take all of libuv's threads from file and
 * DNS work, and hold 19 MiB each.
 */
const HASH_CONCURRENCY = Math.max(1, availableParallelism())
let hashing = 0
const waiting: Array<() => void> = []

async function inHashPool<T>(work: () => Promise<T>): Promise<T> {
  if (hashing >= HASH_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve))
  else hashing += 1
  try {
    return await work()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else hashing -= 1
  }
}

const argon2Hash = (password: string, options: typeof ARGON2_OPTIONS) =>
  inHashPool(() => rawArgon2Hash(password, options))
const argon2Verify = (hash: string, password: string) => inHashPool(() => rawArgon2Verify(hash, password))
const bcryptVerify = (password: string, hash: string) => inHashPool(() => rawBcryptVerify(password, hash))

export function hashPassword(password: string): Promise<string> {
  return argon2Hash(password, ARGON2_OPTIONS)
}

let dummyHash: Promise<string> | undefined

/**
 * Checks a password against an argon2id hash or a legacy bcrypt hash (accounts migrated from the
 * original system); `needsRehash` asks the caller to store an argon2id hash instead.
 */
export async function verifyPassword(
  storedHash: string,
  password: string,
): Promise<{ valid: boolean; needsRehash: boolean }> {
  if (/^\$2[aby]\$/.test(storedHash)) {
    const valid = await bcryptVerify(password, storedHash).catch(() => false)
    return { valid, needsRehash: valid }
  }
  const valid = await argon2Verify(storedHash, password).catch(() => false)
  return { valid, needsRehash: false }
}

/** Spends the time of one verification, so an unknown account answers as slowly as a known one. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('timing-equaliser-password')
  await argon2Verify(await dummyHash, password).catch(() => false)
}
