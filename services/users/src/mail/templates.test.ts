import { describe, expect, it } from 'vitest'
import { templates } from './templates.js'

const context = { platformName: 'SmartCourse', name: 'Ada <Admin>' }

describe('mail templates', () => {
  it('escape names and titles in the HTML, carry the same link in both parts, and have no images', () => {
    const mail = templates.enrollmentConfirmed(
      context,
      'Hacking <script>alert(1)</script> & more',
      'https://smartcourse.test/app/my-courses',
    )
    expect(mail.subject).toBe('You are enrolled in Hacking <script>alert(1)</script> & more · SmartCourse')
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('Hacking &lt;script&gt;alert(1)&lt;/script&gt; &amp; more')
    expect(mail.html).toContain('Hello Ada &lt;Admin&gt;,')
    expect(mail.text).toContain('Hello Ada <Admin>,')
    expect(mail.text).toContain('https://smartcourse.test/app/my-courses')
    expect(mail.html).toContain('href="https://smartcourse.test/app/my-courses"')
    expect(mail.html).not.toMatch(/<img|<script/i)
  })

  it('the reset mail says how long the link works', () => {
    const mail = templates.passwordReset(context, 'https://smartcourse.test/app/reset-password?token=abc', 30)
    expect(mail.text).toContain('30 minutes')
    expect(mail.kind).toBe('password_reset')
  })
})
