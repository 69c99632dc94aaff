import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Screenshots of the main pages, kept as CI artifacts (git-ignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/web/', import.meta.url))

/** Debian's Chromium, headless, with the flags this closed network needs. Fails (never skips) without it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is needed for the browser tests: apt-get install -y chromium (looked for ${CHROMIUM})`,
    )
  }
  await mkdir(ARTIFACTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * Console errors and uncaught exceptions of a page. Chromium logs every HTTP error answer of a
 * fetch as "Failed to load resource: … status of 4xx"; those are API refusals the tests provoke
 * on purpose and the app shows, so only they are let through.
 */
export function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) return
    errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  return errors
}

export async function newContext(browser: Browser, baseUrl: string, width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width, height: width < 600 ? 800 : 860 },
    permissions: [],
  })
  // Confirmation dialogs (drop, delete, archive) are accepted, as a person clicking OK would.
  context.on('page', (page) => page.on('dialog', (dialog) => dialog.accept()))
  return context
}

const axeSource = readFile(
  join(createRequire(import.meta.url).resolve('axe-core/package.json'), '..', 'axe.min.js'),
  'utf8',
)

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[] }>
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2 A/AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate() runs through the DevTools protocol, so the app's CSP (no inline scripts) stays on.
  await page.evaluate(await axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    })
    return result.violations
  })
  return (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/** A link of the header's main navigation. */
export function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })
}

/** Waits for the address after a client-side navigation (no load event: the SPA pushes history). */
export async function waitForPath(page: Page, expected: string | RegExp) {
  const matches = (url: string) =>
    typeof expected === 'string' ? url.endsWith(expected.replace(/^\*\*/, '')) : expected.test(url)
  await expect.poll(() => matches(page.url()), { timeout: 15_000 }).toBe(true)
}
