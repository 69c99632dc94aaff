import { describe, expect, it } from 'vitest'
import { type BrowserHarness, contrastOf, useBrowserHarness, visibleText } from './browser.js'
import type { TestContext } from './helpers.js'

let t: TestContext, baseUrl: string, openPath: BrowserHarness['open']
useBrowserHarness((harness) => ({ t, baseUrl, open: openPath } = harness))

/** The verification page of a code, with every request the browser made for it. */
const open = (code: string) => openPath(`/verify/${code}`)

describe('GET /verify/{code} in Chromium', () => {
  it('shows a valid certificate with its details, readable and self-contained', async () => {
    const { certificate, student, title } = await t.issueCertificate({
      lessons: [{ type: 'quiz', score: 81 }],
    })
    const { page, status, requests } = await open(certificate.verification_code)
    expect(status).toBe(200)
    expect(await page.title()).toContain('Valid certificate')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Certificate verification',
    )
    expect(await page.getByRole('heading', { name: 'Valid certificate' }).isVisible()).toBe(true)
    const text = await visibleText(page)
    for (const value of [certificate.certificate_number, student.name, title, 'Grade', 'B']) {
      expect(text).toContain(value)
    }
    expect(await page.getByText(student.name, { exact: true }).isVisible()).toBe(true)
    expect(requests).toEqual([`${baseUrl}/verify/${certificate.verification_code}`])
    for (const selector of ['.status h2', '.status p', 'dt', 'dd', 'footer']) {
      expect(await contrastOf(page, selector)).toBeGreaterThanOrEqual(4.5)
    }
    await page.close()
  })

  it('shows a revoked certificate as revoked, with its date but not the reason', async () => {
    const { certificate } = await t.issueCertificate()
    const admin = t.addUser('admin')
    const reason = 'Certificate issued to the wrong person'
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/certificates/${certificate.id}/revoke`,
      headers: admin.auth,
      payload: { reason },
    })
    expect(revoked.statusCode).toBe(200)
    const { page, status } = await open(certificate.verification_code)
    expect(status).toBe(200)
    expect(await page.getByRole('heading', { name: 'Revoked certificate' }).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { name: 'Valid certificate' }).count()).toBe(0)
    const text = await visibleText(page)
    expect(text).toContain('no longer valid')
    expect(text).toContain('Revoked on')
    expect(text).toContain(certificate.certificate_number)
    expect(text).not.toContain(reason)
    expect(await contrastOf(page, '.status h2')).toBeGreaterThanOrEqual(4.5)
    await page.close()
  })

  it('answers 404 with a clear "not found" page for an unknown code', async () => {
    const { page, status } = await open('NoSuchCertificateCode0000')
    expect(status).toBe(404)
    expect(await page.title()).toContain('Certificate not found')
    expect(await page.getByRole('heading', { name: 'Certificate not found' }).isVisible()).toBe(true)
    expect(await page.locator('dl').count()).toBe(0)
    expect(await visibleText(page)).toContain('NoSuchCertificateCode0000')
    expect(await contrastOf(page, '.status p')).toBeGreaterThanOrEqual(4.5)
    await page.close()
  })

  it('shows hostile names as text, never as markup', async () => {
    const student = t.addUser('student', '<b id="injected">Mallory</b>')
    const { certificate } = await t.issueCertificate({ student })
    const { page } = await open(certificate.verification_code)
    expect(await page.locator('#injected').count()).toBe(0)
    expect(await visibleText(page)).toContain('<b id="injected">Mallory</b>')
    await page.close()
  })
})
