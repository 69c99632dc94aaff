import PDFDocument from 'pdfkit'
import { drawQrCode } from './qr.js'
import { drawRuns, fitText, layoutLine, printable } from './text-layout.js'

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
  /** YYYY-MM-DD when revoked: the page then says REVOKED across it (never the reason). */
  revokedOn: string | null
}

/** Who issues the certificates (config: PLATFORM_NAME, PLATFORM_LOGO_PATH, CERTIFICATE_SIGNATORY_*). */
export interface Branding {
  platformName: string
  /** PNG or JPEG bytes. */
  logo?: Buffer
  signatoryName?: string
  signatoryTitle?: string
}

const NAVY = '#1b2f4e'
const INK = '#1f2430'
const MUTED = '#5b6270'
const GOLD = '#a8834a'
const PAPER = '#fcfaf4'
const RED = '#b91c1c'

/**
 * A one-page A4 landscape certificate. Names and titles in any script are printed with embedded
 * Noto fonts (see fonts.ts), right-to-left text in its order, and every text box shrinks its text
 * and then cuts it with an ellipsis, so no input spills onto a second page.
 */
export function renderCertificatePdf(
  data: CertificatePdfData,
  branding: Branding,
  options: { compress?: boolean } = {},
) {
  const platform = printable(branding.platformName)
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    compress: options.compress ?? true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `${data.revokedOn ? 'REVOKED: ' : ''}Certificate ${data.certificateNumber}: ${printable(data.studentName)}`,
      Subject: `Certificate of completion of ${printable(data.courseTitle)} for ${printable(data.studentName)}`,
      Author: platform,
      CreationDate: new Date(`${data.issueDate}T00:00:00Z`),
    },
  })
  const done = collect(doc)
  const width = doc.page.width
  const height = doc.page.height
  const cx = width / 2

  drawFrame(doc, width, height)

  const line = (
    text: string,
    baseline: number,
    style: Parameters<typeof layoutLine>[1],
    size: number,
    color: string,
    characterSpacing = 0,
  ) =>
    drawRuns(doc, layoutLine(printable(text), style), {
      centerX: cx,
      baseline,
      size,
      color,
      characterSpacing,
    })
  const block = (
    text: string,
    top: number,
    style: Parameters<typeof layoutLine>[1],
    box: { maxWidth: number; size: number; minSize: number; maxLines: number },
    color: string,
  ) => {
    const { lines, size } = fitText(doc, text, style, box)
    let baseline = top + size
    for (const runs of lines) {
      drawRuns(doc, runs, { centerX: cx, baseline, size, color })
      baseline += size * 1.25
    }
    return baseline - size * 1.25
  }

  // The header from the top (more compact under a logo) …
  let top = 52
  if (branding.logo) {
    doc.image(branding.logo, cx - 90, top, { fit: [180, 40], align: 'center', valign: 'center' })
    top += 48
  }
  const heading = branding.logo ? { size: 34, gap: 56 } : { size: 40, gap: 66 }
  block(platform.toUpperCase(), top, 'sans-bold', { maxWidth: 520, size: 12, minSize: 8, maxLines: 1 }, NAVY)
  line('CERTIFICATE', top + heading.gap, 'serif-bold', heading.size, NAVY, 6)
  line('OF COMPLETION', top + heading.gap + 22, 'sans-regular', 12, GOLD, 5)
  const dividerY = top + heading.gap + 40
  divider(doc, cx, dividerY)

  // … and the middle laid out from the grade line up (so a two-line title never meets the seal
  // below), centred between the divider and the lowest grade line the seal leaves room for.
  const title = fitText(doc, data.courseTitle, 'serif-bold', {
    maxWidth: 600,
    size: 22,
    minSize: 13,
    maxLines: 2,
  })
  const middleHeight = 26 + (title.lines.length - 1) * title.size * 1.25 + title.size + 12 + 26 + 14 + 50
  const lowestGrade = 404
  const slack = lowestGrade - (dividerY + 34) - middleHeight
  const gradeBaseline = lowestGrade - Math.max(0, slack / 2)
  const titleFirst = gradeBaseline - 26 - (title.lines.length - 1) * title.size * 1.25
  for (const [index, runs] of title.lines.entries()) {
    const baseline = titleFirst + index * title.size * 1.25
    drawRuns(doc, runs, { centerX: cx, baseline, size: title.size, color: NAVY })
  }
  const completedBaseline = titleFirst - title.size - 12
  line('has successfully completed the course', completedBaseline, 'serif-regular', 14, MUTED)
  const ruleY = completedBaseline - 26
  doc
    .moveTo(cx - 230, ruleY)
    .lineTo(cx + 230, ruleY)
    .lineWidth(0.6)
    .strokeColor(GOLD)
    .stroke()
  const name = fitText(doc, data.studentName, 'serif-bold', {
    maxWidth: 620,
    size: 36,
    minSize: 16,
    maxLines: 1,
  })
  const nameBaseline = ruleY - 14
  drawRuns(doc, name.lines[0]!, { centerX: cx, baseline: nameBaseline, size: name.size, color: INK })
  line('This is to certify that', nameBaseline - 36 - 14, 'serif-regular', 14, MUTED)
  const score = data.scorePercentage === null ? '' : ` (${data.scorePercentage.toFixed(2)}%)`
  line(`Grade: ${data.grade}${score}`, gradeBaseline, 'sans-regular', 12, INK)

  const signatureBaseline = 468
  signature(doc, formatDate(data.issueDate), 'Date of issue', 240, signatureBaseline)
  const signatory = branding.signatoryName
    ? { name: branding.signatoryName, title: branding.signatoryTitle ?? platform }
    : { name: data.instructorName, title: 'Course instructor' }
  if (signatory.name.trim()) signature(doc, signatory.name, signatory.title, width - 240, signatureBaseline)
  seal(doc, cx, signatureBaseline - 14, data.issueDate.slice(0, 4))

  const qrSize = 62
  drawQrCode(doc, data.verificationUrl, { x: width - 50 - qrSize, y: height - 56 - qrSize, size: qrSize })
  drawRuns(doc, layoutLine('Scan to verify', 'sans-regular'), {
    centerX: width - 50 - qrSize / 2,
    baseline: height - 42,
    size: 7,
    color: MUTED,
  })
  const footerLeft = 56
  const footer = (text: string, baseline: number, size: number) =>
    drawRuns(doc, layoutLine(printable(text), 'sans-regular', 'ltr'), {
      left: footerLeft,
      baseline,
      size,
      color: MUTED,
    })
  footer(
    `Certificate number: ${data.certificateNumber}   ·   Verification code: ${data.verificationCode}`,
    height - 72,
    9,
  )
  footer(`Verify this certificate at ${data.verificationUrl}`, height - 58, 9)

  if (data.revokedOn) revokedMark(doc, width, height, data.revokedOn)

  doc.end()
  return done
}

function drawFrame(doc: PDFKit.PDFDocument, width: number, height: number) {
  doc.rect(0, 0, width, height).fill(PAPER)
  doc
    .lineWidth(2.5)
    .strokeColor(NAVY)
    .rect(20, 20, width - 40, height - 40)
    .stroke()
  doc
    .lineWidth(0.8)
    .strokeColor(GOLD)
    .rect(30, 30, width - 60, height - 60)
    .stroke()
  for (const [x, y] of [
    [30, 30],
    [width - 30, 30],
    [30, height - 30],
    [width - 30, height - 30],
  ] as const) {
    doc.save().translate(x, y).rotate(45).rect(-5, -5, 10, 10).fill(GOLD).restore()
  }
}

function divider(doc: PDFKit.PDFDocument, cx: number, y: number) {
  doc.lineWidth(0.8).strokeColor(GOLD)
  doc
    .moveTo(cx - 110, y)
    .lineTo(cx - 10, y)
    .stroke()
  doc
    .moveTo(cx + 10, y)
    .lineTo(cx + 110, y)
    .stroke()
  doc.save().translate(cx, y).rotate(45).rect(-3.5, -3.5, 7, 7).fill(GOLD).restore()
}

function signature(doc: PDFKit.PDFDocument, value: string, label: string, cx: number, baseline: number) {
  const fitted = fitText(doc, value, 'serif-bold', { maxWidth: 220, size: 15, minSize: 9, maxLines: 1 })
  drawRuns(doc, fitted.lines[0]!, { centerX: cx, baseline, size: fitted.size, color: INK })
  doc
    .moveTo(cx - 115, baseline + 9)
    .lineTo(cx + 115, baseline + 9)
    .lineWidth(0.6)
    .strokeColor(MUTED)
    .stroke()
  const caption = fitText(doc, label, 'sans-regular', { maxWidth: 220, size: 10, minSize: 7, maxLines: 1 })
  drawRuns(doc, caption.lines[0]!, { centerX: cx, baseline: baseline + 24, size: caption.size, color: MUTED })
}

/** A gold rosette with the year of issue. */
function seal(doc: PDFKit.PDFDocument, cx: number, cy: number, year: string) {
  const points: Array<[number, number]> = []
  for (let index = 0; index < 48; index++) {
    const radius = index % 2 === 0 ? 40 : 36
    const angle = (Math.PI * index) / 24
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)])
  }
  doc.polygon(...points).fill(GOLD)
  doc.circle(cx, cy, 31).lineWidth(1).strokeColor(PAPER).stroke()
  drawRuns(doc, layoutLine('CERTIFIED', 'sans-bold'), {
    centerX: cx,
    baseline: cy - 2,
    size: 8,
    color: PAPER,
    characterSpacing: 1.2,
  })
  drawRuns(doc, layoutLine(year, 'serif-bold'), { centerX: cx, baseline: cy + 14, size: 13, color: PAPER })
}

/** REVOKED across the page with the revocation date, drawn last so it covers everything. */
function revokedMark(doc: PDFKit.PDFDocument, width: number, height: number, revokedOn: string) {
  doc.save()
  doc.rotate(-24, { origin: [width / 2, height / 2] })
  doc.fillOpacity(0.28)
  drawRuns(doc, layoutLine('REVOKED', 'sans-bold'), {
    centerX: width / 2,
    baseline: height / 2 + 30,
    size: 120,
    color: RED,
    characterSpacing: 10,
  })
  doc.fillOpacity(1)
  const label = `Revoked on ${formatDate(revokedOn)}`
  const runs = layoutLine(label, 'sans-bold')
  doc.roundedRect(width / 2 - 150, height / 2 + 50, 300, 34, 6).fill(RED)
  drawRuns(doc, runs, { centerX: width / 2, baseline: height / 2 + 73, size: 18, color: '#ffffff' })
  doc.restore()
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
