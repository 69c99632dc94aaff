import { useState } from 'react'
import { api, downloadWithToken, unwrap } from '../lib/api'
import { useAction, useQuery } from '../lib/hooks'
import { ErrorNotice, Loading, StatusBadge } from '../ui'

export function CertificatesPage() {
  const list = useQuery(() => unwrap(api.GET('/api/v1/certificates/my-certificates')), [])
  const download = useAction((id: number, number: string) =>
    downloadWithToken(`/api/v1/certificates/${id}/pdf`, `${number}.pdf`),
  )
  const [copied, setCopied] = useState<number | null>(null)
  const [copyError, setCopyError] = useState<string | undefined>()
  async function copy(id: number, url: string) {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(id)
      setCopyError(undefined)
    } catch {
      setCopyError('Copying is not allowed here: select the link and copy it by hand.')
    }
  }
  return (
    <>
      <h1>My certificates</h1>
      <ErrorNotice error={list.error} />
      <ErrorNotice error={download.error} message={copyError} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data?.length === 0 ? <p>Complete a course to earn your first certificate.</p> : null}
      <ul className="certificate-grid">
        {list.data?.map((certificate) => (
          <li key={certificate.id} className={`card certificate${certificate.is_revoked ? ' revoked' : ''}`}>
            <p className="certificate-number">
              {certificate.certificate_number}
              <small className="certificate-id"> · id {certificate.id}</small>
            </p>
            <h2 className="h3">{certificate.course_title}</h2>
            <p>
              Awarded to <strong>{certificate.student_name}</strong> on {certificate.issue_date}
            </p>
            <p>
              Grade <strong>{certificate.grade}</strong>
              {certificate.score_percentage !== null ? ` · ${certificate.score_percentage} %` : ''}
            </p>
            {certificate.is_revoked ? (
              <p>
                <StatusBadge status="revoked" /> {certificate.revoked_reason}
              </p>
            ) : null}
            <p className="verify-url">
              {/* Opened on this host; the copied link is the canonical one (PUBLIC_BASE_URL). */}
              <a
                href={`/verify/${encodeURIComponent(certificate.verification_code)}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                Verification page
              </a>
              <code>{certificate.verification_url}</code>
            </p>
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={download.pending}
                onClick={() => download.execute(certificate.id, certificate.certificate_number)}
              >
                Download PDF
              </button>
              <button
                type="button"
                className="button button-ghost"
                onClick={() => copy(certificate.id, certificate.verification_url)}
              >
                {copied === certificate.id ? 'Link copied ✓' : 'Copy verification link'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
