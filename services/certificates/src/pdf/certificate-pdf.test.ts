import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { countPdfPages, decodePdfQrCode, extractPdfText, pdfTextItems } from '../../test/pdf.js'
import {
  type Branding,
  type CertificatePdfData,
  formatDate,
  renderCertificatePdf,
} from './certificate-pdf.js'

const data: CertificatePdfData = {
  studentName: 'Zoë Ångström',
  courseTitle: 'Databases from First Principles',
  instructorName: 'Grace Hopper',
  issueDate: '2026-03-12',
  grade: 'B',
  scorePercentage: 84.5,
  certificateNumber: 'SC-2026-000042',
  verificationCode: '7KQ2-M9XD-4HPT-0BWS-R3NA',
  verificationUrl: 'http://localhost:8080/verify/7KQ2-M9XD-4HPT-0BWS-R3NA',
  revokedOn: null,
}
const branding: Branding = { platformName: 'SmartCourse' }
const render = (changes: Partial<CertificatePdfData> = {}, brand: Branding = branding) =>
  renderCertificatePdf({ ...data, ...changes }, brand)

// pdf.js gives glyphs that stand for no character of their own (Arabic dots drawn apart) as control characters.
const withoutControls = (text: string) => text.replace(/\p{Cc}/gu, '')

describe('renderCertificatePdf', () => {
  it('draws one page with every detail of the certificate', async () => {
    const pdf = await render()
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(countPdfPages(pdf)).toBe(1)
    const text = await extractPdfText(pdf)
    for (const expected of [
      'SMARTCOURSE',
      'Zoë Ångström',
      'Databases from First Principles',
      'Grace Hopper',
      'Course instructor',
      '12 March 2026',
      'Grade: B (84.50%)',
      'SC-2026-000042',
      '7KQ2-M9XD-4HPT-0BWS-R3NA',
      'http://localhost:8080/verify/7KQ2-M9XD-4HPT-0BWS-R3NA',
    ]) {
      expect(text).toContain(expected)
    }
    expect(text).not.toContain('REVOKED')
  })

  it.each([
    'Łukasz 田中 Żółć',
    'Αλέξανδρος Παπαδόπουλος',
    'Иван Петров-Водкин',
    '山田 花子',
    '김민준',
    'Nguyễn Thị Minh Khai',
    'Dvořák Ørsted Ğül',
  ])('prints the left-to-right name %s exactly as written', async (name) => {
    const text = await extractPdfText(await render({ studentName: name, courseTitle: `Course of ${name}` }))
    expect(text.split('\n')).toContain(name)
    expect(text.split('\n')).toContain(`Course of ${name}`)
  })

  it.each([
    ['محمد بن علي', ['محمد', 'بن', 'علي']],
    ['דוד בן גוריון', ['דוד', 'בן', 'גוריון']],
  ])('prints the right-to-left name %s with its words from right to left', async (name, words) => {
    const items = (await pdfTextItems(await render({ studentName: name }))).map((item) => ({
      ...item,
      text: withoutControls(item.text),
    }))
    const positions = words.map((word) => {
      const item = items.find((candidate) => candidate.text === word)
      expect(item, `the word ${word}`).toBeDefined()
      return item!.x
    })
    // The first word is the rightmost one.
    expect([...positions].sort((a, b) => b - a)).toEqual(positions)
  })

  it('keeps the order of a Latin title with an Arabic word in it', async () => {
    const text = withoutControls(
      await extractPdfText(await render({ courseTitle: 'Intro to SQL: كتاب 101' })),
    )
    expect(text).toContain('Intro to SQL:')
    expect(text).toContain('كتاب')
  })

  it('stays on one page however long the names are', async () => {
    const pdf = await render({
      studentName: 'Name '.repeat(200),
      courseTitle: 'A very long course title '.repeat(40),
      instructorName: 'Instructor '.repeat(80),
    })
    expect(countPdfPages(pdf)).toBe(1)
    const text = await extractPdfText(pdf)
    expect(text).toContain('SC-2026-000042')
    expect(text).toContain('…')
  })

  it('shows no score for a course without quizzes', async () => {
    const text = await extractPdfText(await render({ grade: 'Pass', scorePercentage: null }))
    expect(text).toContain('Grade: Pass')
    expect(text).not.toContain('%')
  })

  it('carries a QR code that decodes to the verification page', async () => {
    expect(decodePdfQrCode(await render())).toBe(data.verificationUrl)
  })

  it('says REVOKED across a revoked certificate, with the date', async () => {
    const text = await extractPdfText(await render({ revokedOn: '2026-04-02' }))
    expect(text).toContain('REVOKED')
    expect(text).toContain('Revoked on 2 April 2026')
  })

  it('prints the configured platform name and signatory', async () => {
    const text = await extractPdfText(
      await render(
        {},
        {
          platformName: 'Académie Ünïcode',
          signatoryName: 'Dr. Ada Lovelace',
          signatoryTitle: 'Dean of Studies',
        },
      ),
    )
    expect(text).toContain('ACADÉMIE ÜNÏCODE')
    expect(text).toContain('Dr. Ada Lovelace')
    expect(text).toContain('Dean of Studies')
    expect(text).not.toContain('Course instructor')
  })
})

/** A 120×40 PNG: a navy bar on white. */
function logoPng(): Buffer {
  const png = new PNG({ width: 120, height: 40 })
  for (let y = 0; y < 40; y++) {
    for (let x = 0; x < 120; x++) {
      const offset = (y * 120 + x) * 4
      const bar = y > 10 && y < 30
      png.data.set(bar ? [27, 47, 78, 255] : [255, 255, 255, 0], offset)
    }
  }
  return PNG.sync.write(png)
}

describe('the platform logo', () => {
  it('is printed when configured, and only then', async () => {
    const withLogo = await render({}, { ...branding, logo: logoPng() })
    expect(withLogo.toString('latin1')).toMatch(/\/Subtype\s*\/Image/)
    expect(countPdfPages(withLogo)).toBe(1)
    expect((await render()).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/)
  })
})

describe('formatDate', () => {
  it('writes the day, the month name and the year', () => {
    expect(formatDate('2026-01-05')).toBe('5 January 2026')
  })
})
