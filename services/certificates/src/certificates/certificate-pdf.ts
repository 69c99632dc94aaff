import PDFDocument from 'pdfkit'

export interface CertificatePdfData {
  studentName: string
  courseTitle: string
  instructorName: string
  /** YYYY-MM-DD */
  issueDate: string
  grade: string
  scorePercentage: number | null
  certificateNumber: string
  verificationCode: string
  verificationUrl: string
}

const INK = '#1f2937'
const MUTED = '#4b5563'
const ACCENT = '#1e3a8a'

/**
 * A one-page, A4 landscape certificate drawn with pdfkit's built-in Helvetica (no font files,
 * nothing downloaded). Every text box has a fixed height with an ellipsis, so no input, however
 * long, spills onto a second page.
 */
export function renderCertificatePdf(data: CertificatePdfData, options: { compress?: boolean } = {}) {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    compress: options.compress ?? true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `Certificate ${data.certificateNumber}: ${data.studentName}`,
      Subject: `Certificate of completion of ${data.courseTitle} for ${data.studentName}`,
      Author: 'SmartCourse',
      CreationDate: new Date(`${data.issueDate}T00:00:00Z`),
    },
  })
  const done = collect(doc)
  const width = doc.page.width
  const height = doc.page.height
  const box = { x: 70, width: width - 140 }

  doc
    .lineWidth(3)
    .strokeColor(ACCENT)
    .rect(24, 24, width - 48, height - 48)
    .stroke()
  doc
    .lineWidth(1)
    .rect(34, 34, width - 68, height - 68)
    .stroke()

  const line = (text: string, y: number, font: string, size: number, color: string, lines = 1) =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(winAnsi(text), box.x, y, {
        width: box.width,
        align: 'center',
        height: size * 1.25 * lines,
        ellipsis: true,
      })

  line('SMARTCOURSE', 66, 'Helvetica-Bold', 14, ACCENT)
  line('Certificate of Completion', 96, 'Helvetica-Bold', 34, INK)
  line('This certifies that', 160, 'Helvetica', 15, MUTED)
  line(data.studentName, 188, 'Helvetica-Bold', 30, INK)
  line('has successfully completed the course', 242, 'Helvetica', 15, MUTED)
  line(data.courseTitle, 270, 'Helvetica-Bold', 22, INK, 2)
  if (data.instructorName) line(`Instructor: ${data.instructorName}`, 338, 'Helvetica', 14, INK)
  const score = data.scorePercentage === null ? '' : ` (${data.scorePercentage.toFixed(2)}%)`
  line(
    `Issued on ${formatDate(data.issueDate)}   |   Grade: ${data.grade}${score}`,
    366,
    'Helvetica',
    14,
    INK,
  )

  doc
    .moveTo(box.x, 450)
    .lineTo(box.x + box.width, 450)
    .lineWidth(0.5)
    .strokeColor(MUTED)
    .stroke()
  line(`Certificate number: ${data.certificateNumber}`, 466, 'Helvetica', 11, MUTED)
  line(`Verification code: ${data.verificationCode}`, 484, 'Helvetica', 11, MUTED)
  line(`Verify this certificate at ${data.verificationUrl}`, 502, 'Helvetica', 10, MUTED, 2)

  doc.end()
  return done
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

/** "2026-03-12" → "12 March 2026" */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`))
}

// Characters the built-in fonts' WinAnsi encoding has beyond Latin-1.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

/**
 * The built-in PDF fonts only know WinAnsi (≈ Latin-1): other accented letters lose their accent
 * ("ř" → "r"), characters with no such base become "?", control characters are removed.
 */
export function winAnsi(text: string): string {
  let result = ''
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue
    if (code <= 0xff || WIN_ANSI_EXTRA.has(char)) {
      result += char
      continue
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '')
    result += base.length > 0 && [...base].every((c) => c.codePointAt(0)! <= 0xff) ? base : '?'
  }
  return result
}
