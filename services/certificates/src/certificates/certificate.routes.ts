import { actorOf, ErrorResponse, type HttpServer, type IdempotentRouteDeps } from '@smartcourse/service-kit'
import { Type } from 'typebox'
import {
  CertificateIdParams,
  CertificateResponse,
  CertificateVerifyResponse,
  IssueCertificateBody,
  RevokeCertificateBody,
  toCertificateResponse,
  toVerifyResponse,
  VerificationCodeParams,
} from './certificate.schemas.js'
import type { CertificateService } from './certificate.service.js'

const tags = ['certificates']
const security = [{ bearer: [] }]
const errors = { 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 422: ErrorResponse }

/** The public API under /certificates (the gateway adds /api/v1). */
export function certificateRoutes(
  options: IdempotentRouteDeps<CertificateService> & { publicBaseUrl: string; platformName: string },
) {
  const { service, guards, publicBaseUrl, platformName, idempotency } = options
  const present = (row: Parameters<typeof toCertificateResponse>[0]) =>
    toCertificateResponse(row, publicBaseUrl, platformName)

  return async (app: HttpServer) => {
    app.get(
      '/certificates/my-certificates',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'listMyCertificates',
          tags,
          security,
          summary: 'My certificates, newest first',
          response: { 200: Type.Array(CertificateResponse), 401: ErrorResponse },
        },
      },
      async (request) => (await service.listMine(actorOf(request))).map(present),
    )

    app.get(
      '/certificates/verify/:code',
      {
        schema: {
          operationId: 'verifyCertificate',
          tags,
          summary: 'Verify a certificate by its code (public)',
          description: 'Always 200: `valid` is false for unknown and for revoked certificates.',
          params: VerificationCodeParams,
          response: { 200: CertificateVerifyResponse },
        },
      },
      async (request) => toVerifyResponse(await service.findByVerificationCode(request.params.code)),
    )

    app.post(
      '/certificates',
      {
        onRequest: guards.roles('admin'),
        ...idempotency.hooks,
        schema: {
          operationId: 'issueCertificate',
          headers: idempotency.headers,
          errors: [404, 409],
          tags,
          security,
          summary: 'Issue the certificate of a completed enrollment by hand (admin)',
          body: IssueCertificateBody,
          response: { 201: CertificateResponse, ...errors, 409: ErrorResponse },
        },
      },
      async (request, reply) => {
        const row = await service.issueManually(actorOf(request), request.body.enrollment_id)
        return reply.code(201).send(present(row))
      },
    )

    app.get(
      '/certificates/:id',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getCertificate',
          errors: [403, 404],
          tags,
          security,
          summary: 'A certificate (its student, the course instructor, admin)',
          params: CertificateIdParams,
          response: { 200: CertificateResponse, ...errors },
        },
      },
      async (request) => present(await service.getCertificate(actorOf(request), request.params.id)),
    )

    app.post(
      '/certificates/:id/revoke',
      {
        onRequest: guards.roles('admin'),
        schema: {
          operationId: 'revokeCertificate',
          errors: [404, 409],
          tags,
          security,
          summary: 'Revoke a certificate (admin)',
          params: CertificateIdParams,
          body: RevokeCertificateBody,
          response: { 200: CertificateResponse, ...errors, 409: ErrorResponse },
        },
      },
      async (request) => present(await service.revoke(request.params.id, request.body.reason)),
    )

    app.get(
      '/certificates/:id/pdf',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getCertificatePdf',
          errors: [403, 404],
          tags,
          security,
          summary: 'The printable one-page PDF (its student, admin)',
          params: CertificateIdParams,
          produces: ['application/pdf'],
          response: {
            200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'application/pdf' }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const { pdf, filename } = await service.renderPdf(actorOf(request), request.params.id)
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${filename}"`)
          .header('cache-control', 'private, no-store')
          .send(pdf)
      },
    )
  }
}
