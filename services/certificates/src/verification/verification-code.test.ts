import { describe, expect, it } from 'vitest'
import { canonicalVerificationCode, lookupKeys, newVerificationCode } from './verification-code.js'

describe('newVerificationCode', () => {
  it('makes five groups of four Crockford symbols (100 bits) that do not repeat', () => {
    const codes = Array.from({ length: 2000 }, newVerificationCode)
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('uses every symbol of the alphabet, in every position', () => {
    const codes = Array.from({ length: 3000 }, () => newVerificationCode().replaceAll('-', ''))
    for (let position = 0; position < 20; position++) {
      expect(new Set(codes.map((code) => code[position])).size).toBe(32)
    }
  })
})

describe('canonicalVerificationCode', () => {
  it('ignores case, spaces and hyphens and reads O as 0, I and L as 1', () => {
    expect(canonicalVerificationCode('7kq2 m9xd 4hpt 0bws r3na')).toBe('7KQ2-M9XD-4HPT-0BWS-R3NA')
    expect(canonicalVerificationCode('7KQ2M9XD4HPTOBWSR3NA')).toBe('7KQ2-M9XD-4HPT-0BWS-R3NA')
    expect(canonicalVerificationCode('iiLL-0000-0000-0000-0000')).toBe('1111-0000-0000-0000-0000')
  })

  it('refuses what cannot be a code: wrong length, U, other characters', () => {
    for (const input of [
      '',
      '7KQ2-M9XD-4HPT-0BWS',
      '7KQ2-M9XD-4HPT-0BWS-R3NAX',
      'UKQ2-M9XD-4HPT-0BWS-R3NA',
      '7KQ2_M9XD_4HPT_0BWS_R3NA',
    ]) {
      expect(canonicalVerificationCode(input)).toBeUndefined()
    }
  })
})

describe('lookupKeys', () => {
  it('keeps legacy base64url codes exactly as typed', () => {
    expect(lookupKeys('aB3_-xYz0123456789abcdEF')).toEqual({ codes: ['aB3_-xYz0123456789abcdEF'] })
  })

  it('recognises certificate numbers in any case', () => {
    expect(lookupKeys(' sc-2026-000042 ')).toEqual({ codes: [], certificateNumber: 'SC-2026-000042' })
  })

  it('has nothing to look up for text that is neither', () => {
    expect(lookupKeys('<script>')).toEqual({ codes: [] })
  })
})
