import { CompactSign, generateKeyPair } from 'jose'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { type BrowserHarness, contrastOf, useBrowserHarness, visibleText } from './browser.js'
import type { TestContext } from './helpers.js'

let t: TestContext, baseUrl: string, open: BrowserHarness['open']
useBrowserHarness((harness) => ({ t, baseUrl, open } = harness))

async function typeCode(page: Page, code: string) {
  await page.getByLabel('Verification code or certificate number').fill(code)
  await Promise.all([page.waitForURL(/\/verify\/.+/), page.getByRole('button', { name: 'Verify' }).click()])
}

async function pasteCredential(page: Page, jwt: string) {
  await page.getByLabel(/Digital credential/).fill(jwt)
  await Promise.all([
    page.waitForURL(/\/verify\/credential$/),
    page.getByRole('button', { name: 'Check credential' }).click(),
  ])
}

async function credentialOf(issued: Awaited<ReturnType<TestContext['issueCertificate']>>) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/certificates/${issued.certificate.id}/credential`,
    headers: issued.student.auth,
  })
  return response.json() as { jwt: string; credential: Record<string, any> }
}

describe('the /verify form in Chromium', () => {
  it('takes a code typed in any case and with spaces to the certificate', async () => {
    const { certificate, student } = await t.issueCertificate()
    const { page, status, requests } = await open('/verify')
    expect(status).toBe(200)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Verify a certificate')
    await typeCode(page, certificate.verification_code.toLowerCase().replaceAll('-', ' '))
    expect(await page.getByRole('heading', { name: 'Valid certificate' }).isVisible()).toBe(true)
    expect(await visibleText(page)).toContain(student.name)
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true)
    for (const selector of ['label', 'input', 'button', '.hint']) {
      expect(await contrastOf(page, selector)).toBeGreaterThanOrEqual(4.5)
    }
    await page.close()
  })

  it('finds a certificate by its number', async () => {
    const { certificate } = await t.issueCertificate()
    const { page } = await open('/verify')
    await typeCode(page, certificate.certificate_number.toLowerCase())
    expect(await page.getByRole('heading', { name: 'Valid certificate' }).isVisible()).toBe(true)
    expect(await visibleText(page)).toContain(certificate.certificate_number)
    await page.close()
  })

  it('says only "not found" for a code one symbol off, suggesting nothing', async () => {
    const { certificate } = await t.issueCertificate()
    const code: string = certificate.verification_code
    const { page } = await open('/verify')
    await typeCode(page, `${code.slice(0, -1)}${code.endsWith('Z') ? 'Y' : 'Z'}`)
    expect(await page.getByRole('heading', { name: 'Certificate not found' }).isVisible()).toBe(true)
    const text = await visibleText(page)
    expect(text).not.toContain(certificate.certificate_number)
    expect(text).not.toContain(code)
    expect(await page.locator('dl').count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Add to LinkedIn' }).count()).toBe(0)
    await page.close()
  })

  it('offers Add to LinkedIn on a valid certificate only', async () => {
    const valid = await t.issueCertificate()
    const { page } = await open(`/verify/${valid.certificate.verification_code}`)
    const link = page.getByRole('link', { name: 'Add to LinkedIn' })
    expect(await link.isVisible()).toBe(true)
    const href = new URL((await link.getAttribute('href'))!)
    expect(href.hostname).toBe('www.linkedin.com')
    expect(href.searchParams.get('certId')).toBe(valid.certificate.certificate_number)
    expect(href.searchParams.get('certUrl')).toBe(valid.certificate.verification_url)
    expect(await contrastOf(page, '.linkedin')).toBeGreaterThanOrEqual(4.5)
    await page.close()

    const revoked = await t.issueCertificate()
    await t.app.inject({
      method: 'POST',
      url: `/certificates/${revoked.certificate.id}/revoke`,
      headers: t.addUser('admin').auth,
      payload: { reason: 'Issued by mistake in a demo' },
    })
    const second = await open(`/verify/${revoked.certificate.verification_code}`)
    expect(await second.page.getByRole('heading', { name: 'Revoked certificate' }).isVisible()).toBe(true)
    expect(await second.page.getByRole('link', { name: 'Add to LinkedIn' }).count()).toBe(0)
    await second.page.close()
  })
})

describe('checking a pasted credential in Chromium', () => {
  it('confirms a good credential with every check passed', async () => {
    const issued = await t.issueCertificate()
    const { jwt } = await credentialOf(issued)
    const { page } = await open('/verify')
    await pasteCredential(page, jwt)
    expect(await page.getByRole('heading', { name: 'Valid credential' }).isVisible()).toBe(true)
    const text = await visibleText(page)
    expect(text).toContain('Passed: signature')
    expect(text).toContain('Passed: issuer')
    expect(text).toContain('Passed: status')
    expect(text).toContain(issued.student.name)
    for (const selector of ['.pass', '.status p', 'dd']) {
      expect(await contrastOf(page, selector)).toBeGreaterThanOrEqual(4.5)
    }
    await page.close()
  })

  it('refuses a credential with one character changed', async () => {
    const { jwt } = await credentialOf(await t.issueCertificate())
    const [header, payload, signature] = jwt.split('.') as [string, string, string]
    const middle = Math.floor(payload.length / 2)
    const changed = payload[middle] === 'A' ? 'B' : 'A'
    const tampered = `${header}.${payload.slice(0, middle)}${changed}${payload.slice(middle + 1)}.${signature}`
    const { page } = await open('/verify')
    await pasteCredential(page, tampered)
    expect(await page.getByRole('heading', { name: 'Credential not valid' }).isVisible()).toBe(true)
    expect(await visibleText(page)).toContain('Failed: signature')
    expect(await page.locator('dl').count()).toBe(0)
    expect(await contrastOf(page, '.fail')).toBeGreaterThanOrEqual(4.5)
    await page.close()
  })

  it('says a revoked credential is revoked', async () => {
    const issued = await t.issueCertificate()
    const { jwt } = await credentialOf(issued)
    await t.app.inject({
      method: 'POST',
      url: `/certificates/${issued.certificate.id}/revoke`,
      headers: t.addUser('admin').auth,
      payload: { reason: 'Issued by mistake in a demo' },
    })
    const { page } = await open('/verify')
    await pasteCredential(page, jwt)
    expect(await page.getByRole('heading', { name: 'Revoked credential' }).isVisible()).toBe(true)
    const text = await visibleText(page)
    expect(text).toContain('Failed: status (revoked)')
    expect(text).toContain('Revoked on')
    await page.close()
  })

  it('refuses a credential from another issuer', async () => {
    const { credential } = await credentialOf(await t.issueCertificate())
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
    const foreignIssuer = 'https://badges.example.test/issuer'
    const foreign = await new CompactSign(
      new TextEncoder().encode(
        JSON.stringify({
          ...credential,
          issuer: { ...credential.issuer, id: foreignIssuer },
          iss: foreignIssuer,
        }),
      ),
    )
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt' })
      .sign(privateKey)
    const { page } = await open('/verify')
    await pasteCredential(page, foreign)
    expect(await page.getByRole('heading', { name: 'Credential not valid' }).isVisible()).toBe(true)
    expect(await visibleText(page)).toContain('Failed: issuer')
    await page.close()
  })
})
