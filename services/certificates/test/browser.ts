/// <reference lib="dom" />
import type { AddressInfo } from 'node:net'
import { usePerFile } from '@smartcourse/service-kit/testing'
import type { Page } from 'playwright-core'
import { launchChromium } from '../../../tests/web/browser.js'
import { createTestContext } from './helpers.js'

/**
 * certificate-service listening on a free port and a headless Chromium with JavaScript off (the
 * public pages must work without it); `open` loads a path and records every request the browser
 * makes, so a test can check that only this server was asked.
 */
export async function startBrowserHarness() {
  const t = await createTestContext()
  await t.app.listen({ host: '127.0.0.1', port: 0 })
  const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
  const browser = await launchChromium()
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

export type BrowserHarness = Awaited<ReturnType<typeof startBrowserHarness>>

/** For one test file: the harness started before its tests (handed to `onStart`) and closed after them. */
export function useBrowserHarness(onStart: (harness: BrowserHarness) => void) {
  usePerFile(startBrowserHarness, onStart)
}

/** The text a reader sees: rendered, unlike textContent. */
export function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's rendered text is the point here
  return page.locator('main').innerText()
}

/** WCAG contrast ratio between an element's text colour and the nearest opaque background. */
export function contrastOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number)
      const luminance = ([r, g, b]: number[]) => {
        const channel = (c: number) => {
          const s = c / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        }
        return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
      }
      let node: Element | null = element
      let background = [255, 255, 255]
      while (node) {
        const color = rgb(getComputedStyle(node).backgroundColor)
        if (color.length === 3 || (color.length === 4 && color[3] === 1)) {
          background = color.slice(0, 3)
          break
        }
        node = node.parentElement
      }
      const [light, dark] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)].sort(
        (a, b) => b - a,
      )
      return (light! + 0.05) / (dark! + 0.05)
    })
}
