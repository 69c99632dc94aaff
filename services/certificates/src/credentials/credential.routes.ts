import {
  type AuthGuards,
  actorOf,
  ErrorResponse,
  type HttpServer,
  StrictObject,
} from '@smartcourse/service-kit'
import { Type } from 'typebox'
import { CertificateIdParams } from '../certificates/certificate.schemas.js'
import type { CredentialService } from './credential.service.js'
import { type IssuerInfo, issuerProfile } from './open-badge.js'
import type { SigningKey } from './signing-key.js'

const tags = ['credentials']
const NullableString = Type.Union([Type.String(), Type.Null()])

const CredentialResponse = Type.Object({
  jwt: Type.String({ description: 'the Open Badges 3.0 credential signed as a VC-JWT (EdDSA, Ed25519)' }),
  credential: Type.Record(Type.String(), Type.Unknown(), { description: 'the payload of `jwt`, decoded' }),
})
const VerifyCredentialBody = StrictObject({
  credential: Type.String({ minLength: 1, maxLength: 100_000, description: 'a VC-JWT (compact JWS)' }),
})
const VerifyCredentialResponse = Type.Object({
  valid: Type.Boolean(),
  checks: Type.Object({
    signature: Type.Boolean(),
    issuer: Type.Boolean({ description: 'issued by this platform' }),
    status: Type.Union([
      Type.Literal('active'),
      Type.Literal('revoked'),
      Type.Literal('unknown'),
      Type.Literal('not_checked'),
    ]),
  }),
  certificate_number: NullableString,
  student_name: NullableString,
  course_title: NullableString,
  issue_date: NullableString,
  revoked_at: NullableString,
  message: Type.String(),
})
const StatusListParams = Type.Object({ list: Type.Integer({ minimum: 0, maximum: 16_383 }) })
const JsonObject = Type.Record(Type.String(), Type.Unknown())

/** Open Badges 3.0: credentials, the issuer profile, the public keys and the revocation status lists. */
export function credentialRoutes(options: {
  credentials: CredentialService
  guards: AuthGuards
  key: SigningKey
  info: IssuerInfo
}) {
  const { credentials, guards, key, info } = options
  return async (app: HttpServer) => {
    app.get(
      '/certificates/:id/credential',
      {
        onRequest: guards.user,
        schema: {
          tags,
          security: [{ bearer: [] }],
          operationId: 'getCertificateCredential',
          summary: 'The certificate as a signed Open Badges 3.0 credential (its student, admin)',
          params: CertificateIdParams,
          response: {
            200: CredentialResponse,
            401: ErrorResponse,
            403: ErrorResponse,
            404: ErrorResponse,
            422: ErrorResponse,
          },
        },
      },
      async (request, reply) => {
        const { row, credential, jwt } = await credentials.credentialFor(actorOf(request), request.params.id)
        return reply
          .header(
            'content-disposition',
            `attachment; filename="certificate-${row.certificateNumber}.credential.json"`,
          )
          .header('cache-control', 'private, no-store')
          .send({ jwt, credential })
      },
    )

    app.post(
      '/certificates/verify-credential',
      {
        schema: {
          tags,
          operationId: 'verifyCredential',
          summary: 'Verify a presented credential: signature, issuer and revocation status (public)',
          description:
            'Always 200 for a well-formed body: `valid` is false for altered, foreign, revoked or unknown credentials.',
          body: VerifyCredentialBody,
          response: { 200: VerifyCredentialResponse, 422: ErrorResponse },
        },
      },
      async (request) => credentials.verify(request.body.credential),
    )

    app.get(
      '/certificates/issuer',
      {
        schema: {
          tags,
          operationId: 'getCredentialIssuer',
          summary: 'The issuer profile of the credentials (public)',
          response: { 200: JsonObject },
        },
      },
      async (_request, reply) =>
        reply.header('cache-control', 'public, max-age=300').send(issuerProfile(info)),
    )

    app.get(
      '/certificates/status-lists/:list',
      {
        schema: {
          tags,
          operationId: 'getStatusList',
          summary: 'A revocation Bitstring Status List credential, as a VC-JWT (public)',
          params: StatusListParams,
          produces: ['application/vc+jwt'],
          response: { 200: Type.String({ description: 'application/vc+jwt' }), 422: ErrorResponse },
        },
      },
      async (request, reply) =>
        reply
          .type('application/vc+jwt')
          .header('cache-control', 'no-cache')
          .send(await credentials.statusList(request.params.list)),
    )

    app.get(
      '/.well-known/jwks.json',
      {
        schema: {
          tags,
          operationId: 'getJwks',
          summary: 'The public keys credentials are signed with (JWKS, public)',
          response: { 200: Type.Object({ keys: Type.Array(JsonObject) }) },
        },
      },
      async (_request, reply) =>
        reply.header('cache-control', 'public, max-age=300').send({ keys: [key.publicJwk] }),
    )
  }
}
