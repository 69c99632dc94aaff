import type { Actor, Clock, Database } from '@smartcourse/service-kit'
import { certificateRepository as repository } from '../certificates/certificate.repository.js'
import {
  type IssuerInfo,
  issuerUrls,
  openBadgeCredential,
  signCredential,
  statusListCredential,
  verifySignature,
} from './open-badge.js'
import type { SigningKey } from './signing-key.js'
import { STATUS_LIST_SIZE } from './status-list.js'
import type { CertificateService } from '../certificates/certificate.service.js'

export type CredentialStatus = 'active' | 'revoked' | 'unknown' | 'not_checked'

export interface CredentialVerification {
  valid: boolean
  checks: { signature: boolean; issuer: boolean; status: CredentialStatus }
  certificate_number: string | null
  student_name: string | null
  course_title: string | null
  issue_date: string | null
  revoked_at: string | null
  message: string
}

/** Open Badges 3.0 credentials of certificates: issuing, the revocation status list, verifying. */
export function createCredentialService(deps: {
  db: Database
  clock: Clock
  key: SigningKey
  info: IssuerInfo
  certificates: CertificateService
}) {
  const { db, key, info } = deps
  const urls = issuerUrls(info.publicBaseUrl)

  function refused(checks: CredentialVerification['checks'], message: string): CredentialVerification {
    return {
      valid: false,
      checks,
      certificate_number: null,
      student_name: null,
      course_title: null,
      issue_date: null,
      revoked_at: null,
      message,
    }
  }

  return {
    /** The signed credential of a certificate, for its student or an admin. */
    async credentialFor(actor: Actor, id: number) {
      const row = await deps.certificates.getForStudentOrAdmin(actor, id)
      const credential = openBadgeCredential(row, info)
      return { row, credential, jwt: await signCredential(credential, key) }
    },

    /** The signed revocation status list number `list` (certificate ids list × 131072 … + 131071). */
    async statusList(list: number): Promise<string> {
      const from = list * STATUS_LIST_SIZE
      const revoked = await repository.revokedIdsBetween(db, from, from + STATUS_LIST_SIZE)
      const credential = statusListCredential(
        list,
        revoked.map((id) => id - from),
        info,
        deps.clock.now(),
      )
      return signCredential(credential, key)
    },

    /** Checks a presented VC-JWT: its form, that we issued it, its signature, then its revocation status. */
    async verify(jwt: string): Promise<CredentialVerification> {
      const checked = await verifySignature(jwt.trim(), key)
      if (!checked.ok && checked.problem === 'malformed') {
        return refused(
          { signature: false, issuer: false, status: 'not_checked' },
          'This is not a credential in VC-JWT form (a compact JWS)',
        )
      }
      const payload = checked.payload!
      const issuer = payload.issuer
      const issuerId = typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | undefined)?.id
      const issuerOk = issuerId === urls.profile && payload.iss === urls.profile
      if (!issuerOk || !checked.ok) {
        return refused(
          { signature: checked.ok, issuer: issuerOk, status: 'not_checked' },
          issuerOk
            ? 'The signature does not match the credential: it was altered or not signed by this platform'
            : `This credential was not issued by ${info.platformName}`,
        )
      }
      const status = payload.credentialStatus as
        | { statusListCredential?: unknown; statusListIndex?: unknown }
        | undefined
      const index = Number(status?.statusListIndex)
      const list = Number(String(status?.statusListCredential).slice(urls.statusList(0).length - 1))
      const row =
        Number.isInteger(index) &&
        Number.isInteger(list) &&
        String(status?.statusListCredential) === urls.statusList(list)
          ? await repository.findById(db, list * STATUS_LIST_SIZE + index)
          : undefined
      if (!row || openBadgeCredential(row, info).id !== payload.id) {
        return refused(
          { signature: true, issuer: true, status: 'unknown' },
          'No certificate matches this credential',
        )
      }
      const details = {
        certificate_number: row.certificateNumber,
        student_name: row.studentName,
        course_title: row.courseTitle,
        issue_date: row.issueDate,
        revoked_at: row.revokedAt?.toISOString() ?? null,
      }
      if (row.isRevoked) {
        return {
          valid: false,
          checks: { signature: true, issuer: true, status: 'revoked' },
          ...details,
          message: `This credential was revoked on ${row.revokedAt!.toISOString().slice(0, 10)}`,
        }
      }
      return {
        valid: true,
        checks: { signature: true, issuer: true, status: 'active' },
        ...details,
        message: `A valid credential issued by ${info.platformName}`,
      }
    },
  }
}

export type CredentialService = ReturnType<typeof createCredentialService>
