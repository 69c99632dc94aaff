import { type FormEvent, useState } from 'react'
import { api, unwrap } from '../lib/api'
import { useAction } from '../lib/hooks'
import { ErrorNotice, Field, Notice } from '../ui'

export function AdminCertificatesPage() {
  const [enrollmentId, setEnrollmentId] = useState('')
  const [certificateId, setCertificateId] = useState('')
  const [reason, setReason] = useState('')
  const issue = useAction(() =>
    unwrap(api.POST('/api/v1/certificates', { body: { enrollment_id: Number(enrollmentId) } })),
  )
  const revoke = useAction(() =>
    unwrap(
      api.POST('/api/v1/certificates/{id}/revoke', {
        params: { path: { id: Number(certificateId) } },
        body: { reason },
      }),
    ),
  )
  const [issued, setIssued] = useState<string | undefined>()
  const [revoked, setRevoked] = useState<string | undefined>()
  async function submitIssue(event: FormEvent) {
    event.preventDefault()
    const certificate = await issue.execute()
    if (certificate)
      setIssued(
        `Issued ${certificate.certificate_number} (id ${certificate.id}) to ${certificate.student_name}.`,
      )
  }
  async function submitRevoke(event: FormEvent) {
    event.preventDefault()
    const certificate = await revoke.execute()
    if (certificate) {
      setRevoked(`${certificate.certificate_number} is revoked: ${certificate.revoked_reason}`)
      setReason('')
    }
  }
  return (
    <>
      <h1>Issue &amp; revoke certificates</h1>
      <div className="grid-2">
        <form className="card" onSubmit={submitIssue}>
          <h2 className="h3">Issue by hand</h2>
          <p className="muted">For a completed enrollment that has no certificate yet.</p>
          <Field
            label="Enrollment id"
            name="enrollment_id"
            type="number"
            min={1}
            value={enrollmentId}
            onChange={setEnrollmentId}
            error={issue.error?.fieldErrors.enrollment_id}
            required
          />
          <ErrorNotice
            error={issue.error && !issue.error.fieldErrors.enrollment_id ? issue.error : undefined}
          />
          {issued ? <Notice kind="success">{issued}</Notice> : null}
          <button type="submit" className="button" disabled={issue.pending}>
            Issue certificate
          </button>
        </form>
        <form className="card" onSubmit={submitRevoke}>
          <h2 className="h3">Revoke</h2>
          <p className="muted">The verification page says revoked from now on.</p>
          <Field
            label="Certificate id"
            name="certificate_id"
            type="number"
            min={1}
            value={certificateId}
            onChange={setCertificateId}
            error={revoke.error?.fieldErrors.id}
            required
          />
          <Field
            label="Reason"
            name="reason"
            multiline
            value={reason}
            onChange={setReason}
            hint="At least 10 characters; shown on the verification page."
            error={revoke.error?.fieldErrors.reason}
            required
          />
          <ErrorNotice
            error={
              revoke.error && Object.keys(revoke.error.fieldErrors).length === 0 ? revoke.error : undefined
            }
          />
          {revoked ? <Notice kind="success">{revoked}</Notice> : null}
          <button type="submit" className="button button-danger" disabled={revoke.pending}>
            Revoke certificate
          </button>
        </form>
      </div>
    </>
  )
}
