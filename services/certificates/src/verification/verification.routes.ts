import type { HttpServer } from '@smartcourse/service-kit'
import { Type } from 'typebox'
import { toVerifyResponse, VerificationCodeParams } from '../certificates/certificate.schemas.js'
import type { CertificateService } from '../certificates/certificate.service.js'
import { renderVerificationPage } from './verification-page.js'

// Only inline styles, no scripts, nothing loaded from elsewhere.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** GET /verify/{code}: the human-readable verification page (the gateway routes /verify/* here). */
export function verificationRoutes(options: { service: CertificateService }) {
  return async (app: HttpServer) => {
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
        const view = toVerifyResponse(await options.service.findByVerificationCode(code))
        return reply
          .code(view.certificate_number === null ? 404 : 200)
          .type('text/html; charset=utf-8')
          .header('content-security-policy', CONTENT_SECURITY_POLICY)
          .header('cache-control', 'no-cache')
          .header('referrer-policy', 'no-referrer')
          .header('x-content-type-options', 'nosniff')
          .send(renderVerificationPage(view, code))
      },
    )
  }
}
