import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractPdfText } from './pdf.js'
import { createTestContext, PUBLIC_BASE_URL, type TestContext } from './helpers.js'

let t: TestContext
beforeAll(async () => {
  t = await createTestContext({
    PLATFORM_NAME: 'Académie Nova',
    CERTIFICATE_SIGNATORY_NAME: 'Dr. Ada Lovelace',
    CERTIFICATE_SIGNATORY_TITLE: 'Dean of Studies',
  })
})
afterAll(() => t.close())

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers })

describe('GET /verify', () => {
  it('shows a form to type a code in, submitting to this page only', async () => {
    const response = await get('/verify')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/html')
    expect(response.headers['content-security-policy']).toContain("form-action 'self'")
    expect(response.body).toContain('<form method="get" action="/verify"')
    expect(response.body).toContain('name="code"')
    expect(response.body).toContain('Académie Nova')
  })

  it('sends a typed code on to its page, whatever its case or spacing', async () => {
    const { certificate } = await t.issueCertificate()
    const typed = ` ${certificate.verification_code.toLowerCase().replaceAll('-', ' ')} `
    const response = await get(`/verify?code=${encodeURIComponent(typed)}`)
    expect(response.statusCode).toBe(303)
    const page = await get(response.headers.location as string)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Valid certificate')
    expect(page.body).toContain(certificate.certificate_number)
  })

  it('finds a certificate by its number too', async () => {
    const { certificate } = await t.issueCertificate()
    const page = await get(`/verify/${certificate.certificate_number.toLowerCase()}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Valid certificate')
  })

  it('suggests nothing for a code that does not exist', async () => {
    const { certificate } = await t.issueCertificate()
    const code: string = certificate.verification_code
    const near = `${code.slice(0, -1)}${code.endsWith('Z') ? 'Y' : 'Z'}`
    const page = await get(`/verify/${near}`)
    expect(page.statusCode).toBe(404)
    expect(page.body).toContain('No certificate matches')
    expect(page.body).not.toContain(certificate.certificate_number)
    expect(page.body).not.toContain(code)
    expect(page.body).not.toMatch(/did you mean|similar/i)
    expect(page.body).not.toContain('Add to LinkedIn')
  })
})

describe('Add to LinkedIn', () => {
  it('is offered in my-certificates and on the page of a valid certificate, pre-filled', async () => {
    const { certificate, student, title } = await t.issueCertificate()
    const [mine] = (await get('/certificates/my-certificates', student.auth)).json()
    const link = new URL(mine.linkedin_add_to_profile_url)
    expect(`${link.origin}${link.pathname}`).toBe('https://www.linkedin.com/profile/add')
    const [year, month] = certificate.issue_date.split('-')
    expect(Object.fromEntries(link.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: title,
      organizationName: 'Académie Nova',
      issueYear: String(Number(year)),
      issueMonth: String(Number(month)),
      certUrl: certificate.verification_url,
      certId: certificate.certificate_number,
    })
    expect(mine.credential_url).toBe(`${PUBLIC_BASE_URL}/api/v1/certificates/${certificate.id}/credential`)
    const page = await get(`/verify/${certificate.verification_code}`)
    expect(page.body).toContain('>Add to LinkedIn</a>')
    expect(page.body).toContain(mine.linkedin_add_to_profile_url.replaceAll('&', '&amp;'))
  })

  it('is not offered for a revoked certificate', async () => {
    const { certificate } = await t.issueCertificate()
    await t.app.inject({
      method: 'POST',
      url: `/certificates/${certificate.id}/revoke`,
      headers: t.addUser('admin').auth,
      payload: { reason: 'Issued by mistake in a demo' },
    })
    const page = await get(`/verify/${certificate.verification_code}`)
    expect(page.body).toContain('Revoked certificate')
    expect(page.body).not.toContain('Add to LinkedIn')
  })
})

describe('branding', () => {
  it('prints the platform name and the configured signatory on the PDF', async () => {
    const { certificate, student } = await t.issueCertificate()
    const text = await extractPdfText(
      (await get(`/certificates/${certificate.id}/pdf`, student.auth)).rawPayload,
    )
    expect(text).toContain('ACADÉMIE NOVA')
    expect(text).toContain('Dr. Ada Lovelace')
    expect(text).toContain('Dean of Studies')
  })
})
