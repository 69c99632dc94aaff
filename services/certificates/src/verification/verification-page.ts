import { formatDate } from '../pdf/certificate-pdf.js'
import { assessmentWords } from '../certificates/assessment.js'
import type { CertificateVerifyResponse } from '../certificates/certificate.schemas.js'
import type { CredentialVerification } from '../credentials/credential.service.js'

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
form{margin-top:1.5rem;padding-top:1.25rem;border-top:1px solid #e5e7eb}
label{display:block;font-weight:600;margin-bottom:.4rem}
.field{display:flex;gap:.5rem;flex-wrap:wrap}
input{flex:1 1 16rem;min-width:0;font:inherit;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.05rem;padding:.55rem .7rem;border:1px solid #6b7280;border-radius:.4rem;text-transform:uppercase;letter-spacing:.05em}
input:focus{outline:3px solid #93c5fd;outline-offset:1px}
button,.linkedin{font:inherit;font-weight:600;padding:.55rem 1rem;border-radius:.4rem;border:0;cursor:pointer}
button{background:#1e3a8a;color:#fff}
.hint{margin:.4rem 0 0;font-size:.875rem;color:#4b5563}
.linkedin{display:inline-block;margin-top:1.25rem;background:#0a66c2;color:#fff;text-decoration:none}
textarea{display:block;width:100%;min-height:7rem;font:inherit;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;padding:.55rem .7rem;border:1px solid #6b7280;border-radius:.4rem;margin-bottom:.5rem}
textarea:focus{outline:3px solid #93c5fd;outline-offset:1px}
.checks{list-style:none;padding:0;margin:0 0 1rem}
.checks li{margin:.2rem 0}
.pass{color:#065f46;font-weight:600}
.fail{color:#991b1b;font-weight:600}
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
export function renderVerificationPage(
  view: CertificateVerifyResponse,
  code: string,
  options: { platformName: string; linkedInUrl?: string },
): string {
  const platform = escapeHtml(options.platformName)
  const found = view.certificate_number !== null
  const state = !found ? 'not-found' : view.is_revoked ? 'revoked' : 'valid'
  const heading = {
    valid: 'Valid certificate',
    revoked: 'Revoked certificate',
    'not-found': 'Certificate not found',
  }[state]
  const explanation = {
    valid: `This certificate was issued by ${options.platformName} and has not been revoked.`,
    revoked: `This certificate was revoked${view.revoked_at ? ` on ${formatDate(view.revoked_at.slice(0, 10))}` : ''} and is no longer valid.`,
    'not-found': 'No certificate matches this verification code or certificate number.',
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
${view.assessment ? row('How it was earned', escapeHtml(assessmentWords(view.assessment, options.platformName))) : ''}
${view.is_revoked ? row('Revoked on', dateHtml(view.revoked_at?.slice(0, 10) ?? null)) : ''}
</dl>
</section>`
    : ''
  const linkedIn =
    state === 'valid' && options.linkedInUrl
      ? `<p><a class="linkedin" href="${escapeHtml(options.linkedInUrl)}" rel="noopener noreferrer">Add to LinkedIn</a></p>`
      : ''
  return page(
    `${title} · ${options.platformName}`,
    `<p class="brand">${platform}</p>
<h1>Certificate verification</h1>
<section class="status ${state}" role="status" aria-labelledby="status-heading">
<h2 id="status-heading">${heading}</h2>
<p>${escapeHtml(explanation)}</p>
</section>
${details}
${linkedIn}
<footer><p>Verification code: <code>${escapeHtml(code.slice(0, 100))}</code></p></footer>
${verifyForm('Check another certificate')}`,
  )
}

/** GET /verify: a form to type a verification code (or a certificate number) into. */
export function renderVerifyFormPage(options: { platformName: string }): string {
  return page(
    `Verify a certificate · ${options.platformName}`,
    `<p class="brand">${escapeHtml(options.platformName)}</p>
<h1>Verify a certificate</h1>
<p>Every certificate issued by ${escapeHtml(options.platformName)} carries a verification code and a QR code that leads here.</p>
${verifyForm('Verification code or certificate number')}
${credentialForm()}`,
  )
}

/** The result of checking a pasted credential (POST /verify/credential). */
export function renderCredentialResultPage(
  result: CredentialVerification | undefined,
  options: { platformName: string },
): string {
  const state =
    result === undefined
      ? 'not-found'
      : result.valid
        ? 'valid'
        : result.checks.status === 'revoked'
          ? 'revoked'
          : 'not-found'
  const heading =
    result === undefined
      ? 'No credential given'
      : result.valid
        ? 'Valid credential'
        : result.checks.status === 'revoked'
          ? 'Revoked credential'
          : 'Credential not valid'
  const message =
    result === undefined ? 'Paste the credential (a VC-JWT) into the field below.' : result.message
  const check = (label: string, passed: boolean, detail: string) =>
    `<li><span class="${passed ? 'pass' : 'fail'}">${passed ? 'Passed' : 'Failed'}</span>: ${label} (${escapeHtml(detail)})</li>`
  const checks = result
    ? `<section aria-labelledby="checks-heading">
<h2 id="checks-heading">Checks</h2>
<ul class="checks">
${check('signature', result.checks.signature, result.checks.signature ? 'matches the published key' : 'does not match')}
${check('issuer', result.checks.issuer, result.checks.issuer ? options.platformName : 'another issuer')}
${check('status', result.checks.status === 'active', result.checks.status.replace('_', ' '))}
</ul>
</section>`
    : ''
  const details = result?.certificate_number
    ? `<section aria-labelledby="details-heading">
<h2 id="details-heading">Certificate details</h2>
<dl>
${row('Certificate number', escapeHtml(result.certificate_number))}
${row('Student', escapeHtml(result.student_name ?? ''))}
${row('Course', escapeHtml(result.course_title ?? ''))}
${row('Issue date', dateHtml(result.issue_date))}
${result.revoked_at ? row('Revoked on', dateHtml(result.revoked_at.slice(0, 10))) : ''}
</dl>
</section>`
    : ''
  return page(
    `${heading} · ${options.platformName}`,
    `<p class="brand">${escapeHtml(options.platformName)}</p>
<h1>Credential verification</h1>
<section class="status ${state}" role="status" aria-labelledby="status-heading">
<h2 id="status-heading">${heading}</h2>
<p>${escapeHtml(message)}</p>
</section>
${checks}
${details}
${credentialForm()}`,
  )
}

function credentialForm(): string {
  return `<form method="post" action="/verify/credential">
<label for="credential">Digital credential (Open Badges 3.0, VC-JWT)</label>
<textarea id="credential" name="credential" required maxlength="100000" spellcheck="false" autocomplete="off" placeholder="eyJhbGciOiJFZERTQSIs…"></textarea>
<button type="submit">Check credential</button>
</form>`
}

function verifyForm(label: string): string {
  return `<form method="get" action="/verify" role="search">
<label for="code">${escapeHtml(label)}</label>
<div class="field">
<input id="code" name="code" type="text" required maxlength="100" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" aria-describedby="code-hint">
<button type="submit">Verify</button>
</div>
<p class="hint" id="code-hint">Letters in any case; hyphens and spaces are optional. A certificate number such as SC-2026-000042 works too.</p>
</form>`
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
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
