import { describe, expect, it } from 'vitest'
import { countPdfPages, extractPdfText } from '../../test/pdf.js'
import { type CertificatePdfData, formatDate, renderCertificatePdf, winAnsi } from './certificate-pdf.js'

const data: CertificatePdfData = {
  studentName: 'Zoë Ångström',
  courseTitle: 'Databases from First Principles',
  instructorName: 'Grace Hopper',
  issueDate: '2026-03-12',
  grade: 'B',
  scorePercentage: 84.5,
  certificateNumber: 'SC-2026-000042',
  verificationCode: 'abcDEF123_-xyzXYZ789abc',
  verificationUrl: 'http://localhost:8080/verify/abcDEF123_-xyzXYZ789abc',
}

describe('renderCertificatePdf', () => {
  it('draws one page with every detail of the certificate', async () => {
    const pdf = await renderCertificatePdf(data)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(countPdfPages(pdf)).toBe(1)
    const text = extractPdfText(pdf)
    for (const expected of [
      'Zoë Ångström',
      'Databases from First Principles',
      'Instructor: Grace Hopper',
      '12 March 2026',
      'Grade: B (84.50%)',
      'SC-2026-000042',
      'abcDEF123_-xyzXYZ789abc',
      'http://localhost:8080/verify/abcDEF123_-xyzXYZ789abc',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('stays on one page however long the names are', async () => {
    const pdf = await renderCertificatePdf({
      ...data,
      studentName: 'Name '.repeat(200),
      courseTitle: 'A very long course title '.repeat(40),
      instructorName: 'Instructor '.repeat(80),
    })
    expect(countPdfPages(pdf)).toBe(1)
    expect(extractPdfText(pdf)).toContain('SC-2026-000042')
  })

  it('shows no score for a course without quizzes', async () => {
    const text = extractPdfText(await renderCertificatePdf({ ...data, grade: 'Pass', scorePercentage: null }))
    expect(text).toContain('Grade: Pass')
    expect(text).not.toContain('%')
  })
})

describe('winAnsi', () => {
  it('keeps Latin-1 and WinAnsi characters, strips accents it cannot draw and replaces the rest', () => {
    expect(winAnsi('Zoë – “Ångström” €')).toBe('Zoë – “Ångström” €')
    expect(winAnsi('Dvořák')).toBe('Dvorák')
    expect(winAnsi('王 Ivan\u0007')).toBe('? Ivan')
  })
})

describe('formatDate', () => {
  it('writes the day, the month name and the year', () => {
    expect(formatDate('2026-01-05')).toBe('5 January 2026')
  })
})
