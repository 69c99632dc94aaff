import type { HttpServer } from '@smartcourse/service-kit'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import {
  certificateLinks,
  toVerifyResponse,
  VerificationCodeParams,
} from '../certificates/certificate.schemas.js'
import type { CertificateService } from '../certificates/certificate.service.js'
import type { CredentialService } from '../credentials/credential.service.js'
import { linkedInAddToProfileUrl } from './linkedin.js'
import {
  renderCredentialResultPage,
  renderVerificationPage,
  renderVerifyFormPage,
} from './verification-page.js'

// Only inline styles, no scripts, nothing loaded from elsewhere; the form submits only here.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('cache-control', 'no-cache')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .send(body)
}

/** The human-readable verification pages (the gateways route /verify and /verify/* here). */
export function verificationRoutes(options: {
  service: CertificateService
  credentials: CredentialService
  publicBaseUrl: string
  platformName: string
}) {
  const { platformName, publicBaseUrl } = options
  return async (app: HttpServer) => {
    // The credential form posts as an HTML form does (only in this plugin's routes).
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 200_000 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    )

    app.post(
      '/verify/credential',
      {
        schema: {
          tags: ['certificates'],
          operationId: 'verifyCredentialPage',
          summary: 'Public page checking a pasted credential (HTML form post)',
          consumes: ['application/x-www-form-urlencoded', 'application/json'],
          body: Type.Object({ credential: Type.Optional(Type.String({ maxLength: 100_000 })) }),
          produces: ['text/html'],
          response: { 200: Type.String({ description: 'text/html' }) },
        },
      },
      async (request, reply) => {
        const credential = request.body.credential?.trim()
        const result = credential ? await options.credentials.verify(credential) : undefined
        return html(reply, 200, renderCredentialResultPage(result, { platformName }))
      },
    )

    app.get(
      '/verify',
      {
        schema: {
          tags: ['certificates'],
          operationId: 'verifyFormPage',
          summary: 'Public form to type a verification code in (HTML); `?code=` leads to its page',
          querystring: Type.Object({ code: Type.Optional(Type.String()) }),
          produces: ['text/html'],
          response: { 200: Type.String({ description: 'text/html' }) },
        },
      },
      async (request, reply) => {
        const code = request.query.code?.trim()
        if (code) return reply.redirect(`/verify/${encodeURIComponent(code)}`, 303)
        return html(reply, 200, renderVerifyFormPage({ platformName }))
      },
    )

    app.get(
      '/verify/:code',
      {
        schema: {
          operationId: 'verificationPage',
          tags: ['certificates'],
          summary: 'Public verification page (HTML); 404 with the page for unknown codes',
          params: VerificationCodeParams,
          produces: ['text/html'],
          response: {
            200: Type.String({ description: 'text/html' }),
            404: Type.String({ description: 'text/html' }),
          },
        },
      },
      async (request, reply) => {
        const { code } = request.params
        const row = await options.service.findByVerificationCode(code)
        const view = toVerifyResponse(row)
        const linkedInUrl =
          row && !row.isRevoked
            ? linkedInAddToProfileUrl(row, certificateLinks(publicBaseUrl, row).verificationUrl, platformName)
            : undefined
        return html(
          reply,
          view.certificate_number === null ? 404 : 200,
          renderVerificationPage(view, code, { platformName, linkedInUrl }),
        )
      },
    )
  }
}
