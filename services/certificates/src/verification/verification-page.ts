import { ASSESSMENT_WORDS } from '../certificates/assessment.js'
import { formatDate } from '../certificates/certificate-pdf.js'
import type { CertificateVerifyResponse } from '../certificates/certificate.schemas.js'

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f3f4f6;color:#111827;line-height:1.5}
main{max-width:42rem;margin:2rem auto;padding:2rem;background:#fff;border-radius:.75rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.brand{margin:0;font-size:.875rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:#1e3a8a}
h1{margin:.25rem 0 1.25rem;font-size:1.75rem;line-height:1.2}
h2{font-size:1.2rem;margin:0 0 .5rem}
.status{margin:0 0 1.5rem;padding:.9rem 1rem;border-left:.4rem solid;border-radius:.4rem}
.status p{margin:0}
.valid{background:#ecfdf5;border-color:#047857;color:#064e3b}
.revoked{background:#fef2f2;border-color:#b91c1c;color:#7f1d1d}
.not-found{background:#fffbeb;border-color:#b45309;color:#78350f}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1.5rem;margin:0}
dt{font-weight:600;color:#374151}
dd{margin:0;overflow-wrap:anywhere}
code{font-family:ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
footer{margin-top:1.5rem;font-size:.875rem;color:#4b5563}
@media (max-width:32rem){main{margin:0;border-radius:0;padding:1.25rem}dl{grid-template-columns:1fr;gap:.1rem}dd{margin-bottom:.6rem}}
`

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/**
 * The public verification page: valid, revoked (with its date, never the reason) or not found.
 * Plain HTML with inline CSS — no scripts, no external assets — and every value escaped.
 */
export function renderVerificationPage(view: CertificateVerifyResponse, code: string): string {
  const found = view.certificate_number !== null
  const state = !found ? 'not-found' : view.is_revoked ? 'revoked' : 'valid'
  const heading = {
    valid: 'Valid certificate',
    revoked: 'Revoked certificate',
    'not-found': 'Certificate not found',
  }[state]
  const explanation = {
    valid: 'This certificate was issued by SmartCourse and has not been revoked.',
    revoked: `This certificate was revoked${view.revoked_at ? ` on ${formatDate(view.revoked_at.slice(0, 10))}` : ''} and is no longer valid.`,
    'not-found':
      'No certificate matches this verification code. Check that it was typed exactly as printed on the certificate.',
  }[state]
  const title = found ? `${heading} ${view.certificate_number}` : heading
  const details = found
    ? `<section aria-labelledby="details-heading">
<h2 id="details-heading">Certificate details</h2>
<dl>
${row('Certificate number', escapeHtml(view.certificate_number!))}
${row('Student', escapeHtml(view.student_name ?? ''))}
${row('Course', escapeHtml(view.course_title ?? ''))}
${row('Issue date', dateHtml(view.issue_date))}
${row('Grade', escapeHtml(view.grade ?? ''))}
${view.assessment ? row('How it was earned', escapeHtml(ASSESSMENT_WORDS[view.assessment])) : ''}
${view.is_revoked ? row('Revoked on', dateHtml(view.revoked_at?.slice(0, 10) ?? null)) : ''}
</dl>
</section>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · SmartCourse</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand">SmartCourse</p>
<h1>Certificate verification</h1>
<section class="status ${state}" role="status" aria-labelledby="status-heading">
<h2 id="status-heading">${heading}</h2>
<p>${escapeHtml(explanation)}</p>
</section>
${details}
<footer><p>Verification code: <code>${escapeHtml(code.slice(0, 100))}</code></p></footer>
</main>
</body>
</html>
`
}

function row(label: string, valueHtml: string): string {
  return `<dt>${label}</dt><dd>${valueHtml}</dd>`
}

function dateHtml(isoDate: string | null): string {
  if (!isoDate) return ''
  return `<time datetime="${escapeHtml(isoDate)}">${escapeHtml(formatDate(isoDate))}</time>`
}
