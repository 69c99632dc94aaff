import type { CertificateRow } from '../certificates/certificate.repository.js'

// LinkedIn's documented "Add to profile" link (a link the learner follows; never fetched by us).
const ADD_TO_PROFILE = 'https://www.linkedin.com/profile/add'

/** Pre-fills a Licenses & certifications entry: name, issuer, issue date, URL and id. */
export function linkedInAddToProfileUrl(
  row: Pick<CertificateRow, 'courseTitle' | 'issueDate' | 'certificateNumber'>,
  verificationUrl: string,
  platformName: string,
): string {
  const [year, month] = row.issueDate.split('-')
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: row.courseTitle,
    organizationName: platformName,
    issueYear: String(Number(year)),
    issueMonth: String(Number(month)),
    certUrl: verificationUrl,
    certId: row.certificateNumber,
  })
  return `${ADD_TO_PROFILE}?${params}`
}
