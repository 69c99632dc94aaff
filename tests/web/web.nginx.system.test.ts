import { expect, it } from 'vitest'
import { ensureWebBuild } from '../../apps/all-in-one/src/web-app.js'
import { startNginxInFrontOfServices } from '../e2e/nginx-distributed.js'
import { defineWebJourney, WEB_ADMIN } from './journey.suite.js'

defineWebJourney(
  'the web app in Chromium through nginx in front of the five services',
  async () => {
    await ensureWebBuild()
    return startNginxInFrontOfServices({ ADMIN_EMAIL: WEB_ADMIN.email, ADMIN_PASSWORD: WEB_ADMIN.password })
  },
  {
    screenshots: false,
    extra: (state) => {
      it('nginx serves the app with its CSP, index.html for client routes, 404 for a missing asset', async () => {
        const { baseUrl } = state()
        const page = await fetch(`${baseUrl}/app/teach/1/roster`)
        expect(page.status).toBe(200)
        expect(page.headers.get('content-type')).toContain('text/html')
        expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
        expect(page.headers.get('x-frame-options')).toBe('DENY')
        expect(await page.text()).toContain('<div id="root">')
        expect((await fetch(`${baseUrl}/app/assets/missing.js`)).status).toBe(404)
        const api = await fetch(`${baseUrl}/health`)
        expect(api.headers.get('content-security-policy')).toBeNull()
        expect(await (await fetch(`${baseUrl}/`)).json()).toMatchObject({
          message: 'SmartCourse API Gateway',
        })
        const browserAtRoot = await fetch(`${baseUrl}/`, {
          headers: { accept: 'text/html' },
          redirect: 'manual',
        })
        expect(browserAtRoot.status).toBe(302)
        expect(browserAtRoot.headers.get('location')).toBe('/app/')
      })
    },
  },
)
