import { CompactSign, compactVerify, type CryptoKey, importJWK } from 'jose'
import type { CertificateRow } from '../certificates/certificate.repository.js'
import { certificateLinks } from '../certificates/certificate.schemas.js'
import type { SigningKey } from './signing-key.js'
import { encodeStatusList, statusPosition } from './status-list.js'

const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'

export interface IssuerInfo {
  publicBaseUrl: string
  platformName: string
}

/** The public addresses of the issuer: its profile, its keys and its status lists. */
export function issuerUrls(publicBaseUrl: string) {
  const base = publicBaseUrl.replace(/\/+$/, '')
  return {
    base,
    profile: `${base}/api/v1/certificates/issuer`,
    jwks: `${base}/.well-known/jwks.json`,
    statusList: (list: number) => `${base}/api/v1/certificates/status-lists/${list}`,
  }
}

/** The Open Badges 3.0 issuer Profile. */
export function issuerProfile(info: IssuerInfo) {
  const urls = issuerUrls(info.publicBaseUrl)
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: urls.profile,
    type: ['Profile'],
    name: info.platformName,
    url: urls.base,
    description: `${info.platformName} issues a certificate to every learner who completes a course. Credentials are signed as VC-JWT with EdDSA (Ed25519); the public keys are at ${urls.jwks}.`,
  }
}

const seconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** A certificate as an Open Badges 3.0 OpenBadgeCredential (W3C VC data model 2.0). */
export function openBadgeCredential(row: CertificateRow, info: IssuerInfo) {
  const urls = issuerUrls(info.publicBaseUrl)
  const { verificationUrl } = certificateLinks(info.publicBaseUrl, row)
  const { list, index } = statusPosition(row.id)
  const statusListUrl = urls.statusList(list)
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: verificationUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${row.courseTitle}: certificate of completion`,
    issuer: { id: urls.profile, type: ['Profile'], name: info.platformName, url: urls.base },
    validFrom: seconds(row.createdAt),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: row.studentName },
      ],
      achievement: {
        id: `${urls.base}/api/v1/courses/${row.courseId}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: row.courseTitle,
        description: `Completion of the course "${row.courseTitle}" on ${info.platformName}.`,
        criteria: {
          narrative: `Completed every mandatory lesson of the course; grade ${row.grade}${row.scorePercentage === null ? '' : ` (${Number(row.scorePercentage).toFixed(2)}% average of the best quiz scores)`}.`,
        },
      },
    },
    credentialStatus: {
      id: `${statusListUrl}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: statusListUrl,
    },
    // Not part of the badge: the certificate it stands for, as printed.
    certificateNumber: row.certificateNumber,
  }
}

/** A revocation Bitstring Status List credential: bit `index` set = that certificate is revoked. */
export function statusListCredential(list: number, revokedIndexes: number[], info: IssuerInfo, now: Date) {
  const urls = issuerUrls(info.publicBaseUrl)
  const url = urls.statusList(list)
  return {
    '@context': [VC_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: urls.profile,
    validFrom: seconds(now),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revokedIndexes),
    },
  }
}

/**
 * Signs a credential as a VC-JWT (VC-JOSE-COSE `vc+jwt`): the credential is the payload, with the
 * JWT claims `iss`, `jti`, `nbf` that Open Badges 3.0 verifiers read as well.
 */
export function signCredential(credential: Record<string, unknown>, key: SigningKey): Promise<string> {
  const issuer = credential.issuer
  const claims = {
    ...credential,
    iss: typeof issuer === 'string' ? issuer : (issuer as { id: string }).id,
    jti: credential.id,
    nbf: Math.floor(Date.parse(String(credential.validFrom)) / 1000),
  }
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: key.publicJwk.kid })
    .sign(key.privateKey)
}

export type CredentialCheck =
  | { ok: true; payload: Record<string, unknown> }
  | { ok: false; problem: 'malformed' | 'signature'; payload?: Record<string, unknown> }

/**
 * Checks the form and the signature of a compact JWS against our public key. Every segment must be
 * canonical base64url, so no two strings verify as the same credential.
 */
export async function verifySignature(jwt: string, key: SigningKey): Promise<CredentialCheck> {
  const segments = jwt.split('.')
  if (segments.length !== 3 || segments.some((segment) => !isCanonicalBase64Url(segment))) {
    return { ok: false, problem: 'malformed' }
  }
  let header: Record<string, unknown>
  let payload: Record<string, unknown>
  try {
    header = JSON.parse(Buffer.from(segments[0]!, 'base64url').toString('utf8'))
    payload = JSON.parse(Buffer.from(segments[1]!, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, problem: 'malformed' }
  }
  if (!isObject(header) || !isObject(payload)) return { ok: false, problem: 'malformed' }
  try {
    await compactVerify(jwt, await publicKeyOf(key), { algorithms: ['EdDSA'] })
  } catch {
    return { ok: false, problem: 'signature', payload }
  }
  return { ok: true, payload }
}

const publicKeys = new WeakMap<SigningKey, Promise<CryptoKey>>()
function publicKeyOf(key: SigningKey): Promise<CryptoKey> {
  let publicKey = publicKeys.get(key)
  if (!publicKey) {
    const { kty, crv, x } = key.publicJwk
    publicKey = importJWK({ kty, crv, x }, 'EdDSA') as Promise<CryptoKey>
    publicKeys.set(key, publicKey)
  }
  return publicKey
}

function isCanonicalBase64Url(segment: string): boolean {
  return (
    /^[A-Za-z0-9_-]+$/.test(segment) && Buffer.from(segment, 'base64url').toString('base64url') === segment
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
