import { startTestSmtpServer, type TestSmtpServer } from '@smartcourse/service-kit/testing-smtp'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSystem, startAllInOne } from '../e2e/all-in-one.js'
import { apiFor } from './api.js'
import { launchChromium, newContext, seriousViolations, waitForPath, watchConsole } from './browser.js'
import { logIn } from './journey.suite.js'

let smtp: TestSmtpServer
let system: RunningSystem
let browser: Browser

beforeAll(async () => {
  smtp = await startTestSmtpServer()
  system = await startAllInOne({ env: { SMTP_URL: smtp.url } })
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await system?.stop()
  await smtp?.stop()
})

/** The path and query of the first link in the mail (the app is opened on the test's own address). */
function linkPath(text: string, path: string) {
  const link = new RegExp(`https?://\\S+${path}\\?token=\\S+`).exec(text)?.[0]
  if (!link) throw new Error(`no ${path} link in:\n${text}`)
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

describe('the web app: account recovery pages', () => {
  it('forgot password → the mailed link → a new password → log in with it', {
    timeout: 120_000,
  }, async () => {
    const person = await apiFor(system.baseUrl).user(`rosa${Date.now().toString(36)}`)
    const context = await newContext(browser, system.baseUrl)
    const page = await context.newPage()
    const errors = watchConsole(page)

    await page.goto('/app/login')
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await waitForPath(page, '/app/forgot-password')
    await page.getByLabel('Email').fill(person.email)
    await page.getByRole('button', { name: 'Send the link' }).click()
    await page.getByText('a link to reset its password is on its way').waitFor()
    expect(await seriousViolations(page)).toEqual([])

    const mail = await smtp.waitFor(
      (m) => m.to === person.email && m.subject.startsWith('Reset your password'),
    )
    await page.goto(linkPath(mail.text, '/app/reset-password'))
    await page.getByLabel('New password').fill('rosa-new-password-1')
    await page.getByRole('button', { name: 'Set the new password' }).click()
    await waitForPath(page, /\/app\/login\?message=/)
    await logIn(page, person.email, 'rosa-new-password-1')

    // The same link again: refused, with a way to ask for a new one.
    await page.goto(linkPath(mail.text, '/app/reset-password'))
    await page.getByLabel('New password').fill('rosa-newer-password-2')
    await page.getByRole('button', { name: 'Set the new password' }).click()
    await page.getByRole('alert').getByText('invalid, used or expired').waitFor()
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('verify e-mail from the mailed link; the account page changes the password and the notifications', {
    timeout: 120_000,
  }, async () => {
    const person = await apiFor(system.baseUrl).user(`ivo${Date.now().toString(36)}`)
    const context = await newContext(browser, system.baseUrl)
    const page = await context.newPage()
    const errors = watchConsole(page)
    await logIn(page, person.email, person.password)
    await page.locator('a.account-name').click()
    await waitForPath(page, '/app/account')
    await page.getByText('is not verified yet').waitFor()
    expect(await seriousViolations(page)).toEqual([])

    const mail = await smtp.waitFor((m) => m.to === person.email && m.subject.startsWith('Confirm'))
    await page.goto(linkPath(mail.text, '/app/verify-email'))
    await page.getByText('E-mail address verified').waitFor()

    await page.goto('/app/account')
    await page.getByText('is verified').waitFor()
    await page.getByLabel('Current password').fill(person.password)
    await page.getByLabel('New password').fill('ivo-changed-password-1')
    await page.getByRole('button', { name: 'Change password' }).click()
    await page.getByText('Password changed; your other sessions were signed out.').waitFor()

    const box = page.getByLabel('A certificate is issued to me')
    await expect.poll(() => box.isChecked()).toBe(true)
    await box.uncheck()
    await expect.poll(() => box.isChecked()).toBe(false)
    // Still signed in with this session's new tokens, and the choice was stored.
    await page.reload()
    await expect.poll(() => page.getByLabel('A certificate is issued to me').isChecked()).toBe(false)
    expect(errors).toEqual([])
    await context.close()
  })
})
