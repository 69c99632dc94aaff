import { NullableTimestamp, Timestamp } from '@smartcourse/contracts'
import { IdParam, StrictObject } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'
import { linkedInAddToProfileUrl } from '../verification/linkedin.js'
import type { Assessment } from './assessment.js'
import type { CertificateRow } from './certificate.repository.js'

const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' })
const Grade = Type.String({ description: 'A, B, C, D, F, or Pass for a course without quizzes' })
const NullableString = Type.Union([Type.String(), Type.Null()])
const AssessmentSchema = Type.Enum(['graded', 'self_reported', 'none'], {
  description:
    'graded: every quiz counted was graded by the platform; self_reported: at least one score was reported by the learner; none: no quizzes',
})

export const CertificateIdParams = Type.Object({ id: IdParam })
export const VerificationCodeParams = Type.Object({ code: Type.String() })

export const IssueCertificateBody = StrictObject({ enrollment_id: IdParam })
export const RevokeCertificateBody = StrictObject({
  reason: Type.String({ minLength: 10, maxLength: 1000 }),
})

export const CertificateResponse = Type.Object({
  id: Type.Integer(),
  enrollment_id: Type.Integer(),
  student_id: Type.Integer(),
  course_id: Type.Integer(),
  certificate_number: Type.String({ examples: ['SC-2026-000042'] }),
  issue_date: IsoDate,
  certificate_url: Type.String({ description: 'the printable PDF' }),
  verification_code: Type.String(),
  verification_url: Type.String({ description: 'the public verification page' }),
  credential_url: Type.String({ description: 'the signed Open Badges 3.0 credential (JSON)' }),
  linkedin_add_to_profile_url: Type.String({
    description: "LinkedIn's add-to-profile link, pre-filled with name, issuer, date, URL and id",
  }),
  student_name: Type.String({ description: 'as it was when the certificate was issued' }),
  course_title: Type.String({ description: 'as it was when the certificate was issued' }),
  grade: Grade,
  score_percentage: Type.Union([Type.Number(), Type.Null()], {
    description: 'average of the best quiz scores, two decimals; null without quizzes',
  }),
  assessment: AssessmentSchema,
  issued_by_id: Type.Union([Type.Integer(), Type.Null()], {
    description: 'the admin who issued it by hand; null when issued automatically',
  }),
  is_revoked: Type.Boolean(),
  revoked_at: NullableTimestamp,
  revoked_reason: NullableString,
  created_at: Timestamp,
})
export type CertificateResponse = Static<typeof CertificateResponse>

export const CertificateVerifyResponse = Type.Object({
  valid: Type.Boolean(),
  certificate_number: NullableString,
  student_name: NullableString,
  course_title: NullableString,
  issue_date: Type.Union([IsoDate, Type.Null()]),
  grade: NullableString,
  assessment: Type.Union([AssessmentSchema, Type.Null()]),
  is_revoked: Type.Boolean(),
  revoked_at: NullableTimestamp,
  message: Type.String(),
})
export type CertificateVerifyResponse = Static<typeof CertificateVerifyResponse>

/** Public links of a certificate, built from PUBLIC_BASE_URL so they follow where the platform lives. */
export function certificateLinks(
  publicBaseUrl: string,
  row: Pick<CertificateRow, 'id' | 'verificationCode'>,
) {
  const base = publicBaseUrl.replace(/\/+$/, '')
  return {
    certificateUrl: `${base}/api/v1/certificates/${row.id}/pdf`,
    credentialUrl: `${base}/api/v1/certificates/${row.id}/credential`,
    verificationUrl: `${base}/verify/${row.verificationCode}`,
  }
}

export function toCertificateResponse(
  row: CertificateRow,
  publicBaseUrl: string,
  platformName: string,
): CertificateResponse {
  const links = certificateLinks(publicBaseUrl, row)
  return {
    id: row.id,
    enrollment_id: row.enrollmentId,
    student_id: row.studentId,
    course_id: row.courseId,
    certificate_number: row.certificateNumber,
    issue_date: row.issueDate,
    certificate_url: links.certificateUrl,
    verification_code: row.verificationCode,
    verification_url: links.verificationUrl,
    credential_url: links.credentialUrl,
    linkedin_add_to_profile_url: linkedInAddToProfileUrl(row, links.verificationUrl, platformName),
    student_name: row.studentName,
    course_title: row.courseTitle,
    grade: row.grade,
    score_percentage: row.scorePercentage === null ? null : Number(row.scorePercentage),
    assessment: row.assessment as Assessment,
    issued_by_id: row.issuedById,
    is_revoked: row.isRevoked,
    revoked_at: row.revokedAt?.toISOString() ?? null,
    revoked_reason: row.revokedReason,
    created_at: row.createdAt.toISOString(),
  }
}

/** What anyone may learn from a verification code: validity and the certificate's public details. */
export function toVerifyResponse(row: CertificateRow | undefined): CertificateVerifyResponse {
  if (!row) {
    return {
      valid: false,
      certificate_number: null,
      student_name: null,
      course_title: null,
      issue_date: null,
      grade: null,
      assessment: null,
      is_revoked: false,
      revoked_at: null,
      message: 'No certificate matches this verification code',
    }
  }
  return {
    valid: !row.isRevoked,
    certificate_number: row.certificateNumber,
    student_name: row.studentName,
    course_title: row.courseTitle,
    issue_date: row.issueDate,
    grade: row.grade,
    assessment: row.assessment as Assessment,
    is_revoked: row.isRevoked,
    revoked_at: row.revokedAt?.toISOString() ?? null,
    message: row.isRevoked
      ? `This certificate was revoked on ${row.revokedAt!.toISOString().slice(0, 10)} and is no longer valid`
      : 'This certificate is valid',
  }
}
