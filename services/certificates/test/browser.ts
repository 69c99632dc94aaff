import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import { createTestContext } from './helpers.js'

// CI always installs Chromium, so a missing browser is a failure, never a skip.
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * certificate-service listening on a free port and a headless Chromium with JavaScript off (the
 * public pages must work without it); `open` loads a path and records every request the browser
 * makes, so a test can check that only this server was asked.
 */
export async function startBrowserHarness() {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is required at ${CHROMIUM} (apt-get install -y chromium)`)
  const t = await createTestContext()
  await t.app.listen({ host: '127.0.0.1', port: 0 })
  const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const context = await browser.newContext({ javaScriptEnabled: false })
  return {
    t,
    baseUrl,
    async open(path: string) {
      const page = await context.newPage()
      const requests: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      const response = await page.goto(`${baseUrl}${path}`)
      return { page, status: response?.status(), requests }
    },
    async close() {
      await context.close()
      await browser.close()
      await t.close()
    },
  }
}
