import { randomBytes } from 'node:crypto'

/** Crockford's base32: digits and letters without I, L, O and U, so nothing reads as something else. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const GROUPS = 5
const GROUP_LENGTH = 4
const LENGTH = GROUPS * GROUP_LENGTH // 20 symbols × 5 bits = 100 bits

/** Codes issued before the base32 codes: 24 base64url characters, compared exactly. */
const LEGACY_CODE = /^[A-Za-z0-9_-]{16,50}$/
const CERTIFICATE_NUMBER = /^SC-\d{4}-\d{6,}$/

/** 100 random bits as `7KQ2-M9XD-4HPT-0BWS-R3NA`: 20 symbols in groups of four. */
export function newVerificationCode(): string {
  const bytes = randomBytes(13) // 104 bits; the first 100 are used
  let bits = 0n
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte)
  bits >>= 4n
  let symbols = ''
  for (let index = 0; index < LENGTH; index++) {
    symbols = ALPHABET[Number(bits & 31n)] + symbols
    bits >>= 5n
  }
  return groupSymbols(symbols)
}

function groupSymbols(symbols: string): string {
  return symbols.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-')
}

/**
 * The canonical form of what someone typed, as Crockford decodes it: case does not matter,
 * O reads as 0, I and L as 1, spaces and hyphens anywhere are ignored. Undefined when it cannot
 * be a base32 code.
 */
export function canonicalVerificationCode(input: string): string | undefined {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replaceAll('O', '0')
    .replace(/[IL]/g, '1')
  if (symbols.length !== LENGTH) return undefined
  for (const symbol of symbols) if (!ALPHABET.includes(symbol)) return undefined
  return groupSymbols(symbols)
}

/**
 * What a typed code or number may match: the canonical base32 code, the exact legacy code, and a
 * certificate number (case-insensitive). Empty when it can match nothing, so no query is made.
 */
export function lookupKeys(input: string): { codes: string[]; certificateNumber?: string } {
  const trimmed = input.trim()
  const codes = new Set<string>()
  const canonical = canonicalVerificationCode(trimmed)
  if (canonical) codes.add(canonical)
  if (LEGACY_CODE.test(trimmed)) codes.add(trimmed)
  const number = trimmed.toUpperCase()
  return { codes: [...codes], certificateNumber: CERTIFICATE_NUMBER.test(number) ? number : undefined }
}
