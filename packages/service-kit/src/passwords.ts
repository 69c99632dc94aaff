import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2'
import { verify as bcryptVerify } from '@node-rs/bcrypt'

// OWASP's argon2id parameters; @node-rs/argon2 defaults to argon2id and runs on the libuv pool.
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 }

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
