import { generateKeyPairSync } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigError } from '@smartcourse/service-kit'
import { calculateJwkThumbprint, type CryptoKey, importJWK, type JWK } from 'jose'

export interface SigningKey {
  privateKey: CryptoKey
  /** The public half, as published in the JWKS (with `kid`, `alg`, `use`). */
  publicJwk: JWK & { kid: string }
}

const FILE_NAME = 'credential-signing-key.jwk'

/**
 * The Ed25519 key signing credentials: CREDENTIAL_SIGNING_KEY, else the one kept in DATA_DIR
 * (generated on first start, owner-readable only). The key itself never appears in an error.
 */
export async function loadSigningKey(config: {
  CREDENTIAL_SIGNING_KEY?: string
  DATA_DIR?: string
}): Promise<SigningKey> {
  if (config.CREDENTIAL_SIGNING_KEY) return parseSigningKey(config.CREDENTIAL_SIGNING_KEY)
  if (!config.DATA_DIR) {
    throw new ConfigError(
      'Invalid configuration:\n  CREDENTIAL_SIGNING_KEY: is required (an Ed25519 private key as JWK JSON) when DATA_DIR is unset',
    )
  }
  const file = join(config.DATA_DIR, FILE_NAME)
  const existing = await readFile(file, 'utf8').catch(() => undefined)
  if (existing) return parseSigningKey(existing)
  const text = generateSigningKeyJwk()
  await mkdir(config.DATA_DIR, { recursive: true })
  await writeFile(file, text, { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  return parseSigningKey(await readFile(file, 'utf8'))
}

/** A new Ed25519 private key as JWK JSON (what CREDENTIAL_SIGNING_KEY holds). */
export function generateSigningKeyJwk(): string {
  const { privateKey } = generateKeyPairSync('ed25519')
  return JSON.stringify(privateKey.export({ format: 'jwk' }))
}

async function parseSigningKey(text: string): Promise<SigningKey> {
  let jwk: JWK
  try {
    jwk = JSON.parse(text) as JWK
  } catch {
    throw invalid('not JSON')
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string' || typeof jwk.x !== 'string') {
    throw invalid('must be an Ed25519 private key (kty OKP, crv Ed25519, with d and x)')
  }
  let privateKey: CryptoKey
  try {
    privateKey = (await importJWK({ kty: 'OKP', crv: 'Ed25519', d: jwk.d, x: jwk.x }, 'EdDSA')) as CryptoKey
  } catch {
    throw invalid('not a usable Ed25519 key')
  }
  const publicBase = { kty: 'OKP', crv: 'Ed25519', x: jwk.x }
  const kid = await calculateJwkThumbprint(publicBase)
  return { privateKey, publicJwk: { ...publicBase, kid, alg: 'EdDSA', use: 'sig' } }
}

function invalid(problem: string) {
  return new ConfigError(`Invalid configuration:\n  CREDENTIAL_SIGNING_KEY: ${problem}`)
}
