import { describe, expect, it } from 'vitest'
import { formatCertificateNumber } from './certificate.service.js'

describe('formatCertificateNumber', () => {
  it('pads the sequence to six digits', () => {
    expect(formatCertificateNumber(2026, 42)).toBe('SC-2026-000042')
  })

  it('grows past six digits instead of truncating', () => {
    expect(formatCertificateNumber(2027, 1_234_567)).toBe('SC-2027-1234567')
  })
})
