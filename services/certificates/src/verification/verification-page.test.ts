import { describe, expect, it } from 'vitest'
import type { CertificateVerifyResponse } from '../certificates/certificate.schemas.js'
import { escapeHtml, renderVerificationPage } from './verification-page.js'

const view: CertificateVerifyResponse = {
  valid: true,
  certificate_number: 'SC-2026-000001',
  student_name: 'Ada',
  course_title: 'Engines',
  issue_date: '2026-02-01',
  grade: 'A',
  assessment: 'graded',
  is_revoked: false,
  revoked_at: null,
  message: 'This certificate is valid',
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})

describe('renderVerificationPage', () => {
  it('titles the page by state and dates with a machine-readable <time>', () => {
    const html = renderVerificationPage(view, 'code', { platformName: 'SmartCourse' })
    expect(html).toContain('<title>Valid certificate SC-2026-000001 · SmartCourse</title>')
    expect(html).toContain('<time datetime="2026-02-01">1 February 2026</time>')
  })

  it('says when a revoked certificate was revoked', () => {
    const html = renderVerificationPage(
      { ...view, valid: false, is_revoked: true, revoked_at: '2026-03-04T05:06:07.000Z' },
      'c',
      { platformName: 'SmartCourse' },
    )
    expect(html).toContain('revoked on 4 March 2026')
    expect(html).toContain('<dt>Revoked on</dt>')
  })

  it('says in plain words how the certificate was earned', () => {
    const brand = { platformName: 'SmartCourse' }
    expect(renderVerificationPage(view, 'c', brand)).toContain(
      '<dt>How it was earned</dt><dd>Quizzes graded by SmartCourse</dd>',
    )
    expect(renderVerificationPage({ ...view, assessment: 'self_reported' }, 'c', brand)).toContain(
      'Includes quiz scores reported by the learner, not graded by SmartCourse',
    )
    expect(renderVerificationPage({ ...view, assessment: 'none' }, 'c', brand)).toContain(
      'No quizzes in this course',
    )
  })
})
