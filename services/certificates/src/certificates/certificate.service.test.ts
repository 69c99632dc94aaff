import { describe, expect, it } from 'vitest'
import { formatCertificateNumber, newVerificationCode } from './certificate.service.js'

describe('formatCertificateNumber', () => {
  it('pads the sequence to six digits', () => {
    expect(formatCertificateNumber(2026, 42)).toBe('SC-2026-000042')
  })

  it('grows past six digits instead of truncating', () => {
    expect(formatCertificateNumber(2027, 1_234_567)).toBe('SC-2027-1234567')
  })
})

describe('newVerificationCode', () => {
  it('makes URL-safe codes of at least 16 characters that do not repeat', () => {
    const codes = Array.from({ length: 1000 }, newVerificationCode)
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{16,50}$/)
    expect(new Set(codes).size).toBe(codes.length)
  })
})
