import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certificates } from '../src/db/tables.js'
import { createTestContext, type TestContext } from './helpers.js'

let t: TestContext
beforeAll(async () => {
  t = await createTestContext()
})
afterAll(() => t.close())

const verify = async (code: string) =>
  (await t.app.inject({ method: 'GET', url: `/certificates/verify/${encodeURIComponent(code)}` })).json()

describe('verification codes', () => {
  it('are issued as five groups of four Crockford base32 symbols', async () => {
    const { certificate } = await t.issueCertificate()
    expect(certificate.verification_code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/)
  })

  it('verify in any case, without hyphens, with spaces, and with O/I/L for 0/1', async () => {
    const { certificate } = await t.issueCertificate()
    const code: string = certificate.verification_code
    const variants = [
      code.toLowerCase(),
      code.replaceAll('-', ''),
      code.replaceAll('-', ' '),
      code.replaceAll('0', 'o').replaceAll('1', 'l'),
      code.replaceAll('1', 'I'),
    ]
    for (const variant of variants) {
      expect(await verify(variant)).toMatchObject({
        valid: true,
        certificate_number: certificate.certificate_number,
      })
    }
  })

  it('verify by certificate number too, in any case', async () => {
    const { certificate } = await t.issueCertificate()
    const number: string = certificate.certificate_number
    for (const variant of [number, number.toLowerCase()]) {
      expect(await verify(variant)).toMatchObject({ valid: true, certificate_number: number })
    }
  })

  it('keep verifying codes issued before, exactly as issued (those were case-sensitive)', async () => {
    const { certificate } = await t.issueCertificate()
    const legacy = 'aB3_-xYz0123456789abcdEF'
    await t.database.db
      .update(certificates)
      .set({ verificationCode: legacy })
      .where(eq(certificates.id, certificate.id))
    expect(await verify(legacy)).toMatchObject({
      valid: true,
      certificate_number: certificate.certificate_number,
    })
    expect(await verify(legacy.toUpperCase())).toMatchObject({ valid: false, certificate_number: null })
    const page = await t.app.inject({ method: 'GET', url: `/verify/${legacy}` })
    expect(page.statusCode).toBe(200)
  })

  it('say only "not found" for a code one symbol away from a real one', async () => {
    const { certificate } = await t.issueCertificate()
    const code: string = certificate.verification_code
    const wrong = `${code.slice(0, -1)}${code.endsWith('Z') ? 'Y' : 'Z'}`
    const answer = await verify(wrong)
    expect(answer).toMatchObject({ valid: false, certificate_number: null, student_name: null })
    expect(JSON.stringify(answer)).not.toContain(code.slice(0, 4))
  })
})
