import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError } from './config.js'
import { createMailer, mailTransportOf } from './mailer.js'
import { startTestSmtpServer } from './testing-smtp.js'

const message = {
  to: 'ada@example.test',
  subject: 'Hello',
  text: 'Plain body https://smartcourse.test/app/x?token=abc\n',
  html: '<p>HTML body</p>',
  messageId: '<2f1c7a9e-1111-4222-8333-444455556666@example.test>',
}

describe('kit mailer', () => {
  it('without SMTP_URL writes an .eml file under DATA_DIR/mail and logs one line with its path', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sc-mailer-'))
    const lines: string[] = []
    const mailer = createMailer(
      { MAIL_FROM: 'SmartCourse <no-reply@example.test>', DATA_DIR: dataDir, NODE_ENV: 'development' },
      { info: (_details, line) => lines.push(line) },
    )
    expect(mailer.transport).toBe('file')
    await mailer.send(message)
    const files = await readdir(join(dataDir, 'mail'))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const eml = await readFile(join(dataDir, 'mail', files[0]!), 'utf8')
    expect(eml).toContain(`Message-ID: ${message.messageId}`)
    expect(eml).toContain('To: ada@example.test')
    expect(eml).toContain('Content-Type: text/plain')
    expect(eml).toContain('Content-Type: text/html')
    expect(lines).toEqual([`mail written: ${join(dataDir, 'mail', files[0]!)}`])
  })

  it('sends over SMTP with the given Message-ID, and throws while the server is down', async () => {
    const smtp = await startTestSmtpServer()
    const mailer = createMailer({ SMTP_URL: smtp.url, MAIL_FROM: 'no-reply@example.test' }, { info() {} })
    try {
      await mailer.send(message)
      const mail = await smtp.waitFor((m) => m.to === 'ada@example.test')
      expect(mail.messageId).toBe(message.messageId)
      expect(mail.text).toContain('Plain body')
      expect(mail.html).toContain('<p>HTML body</p>')
      await smtp.stop()
      await expect(mailer.send(message)).rejects.toThrow()
    } finally {
      mailer.close()
      await smtp.stop()
    }
  })

  it('refuses production without SMTP_URL unless MAIL_TRANSPORT=file says so', () => {
    expect(() => mailTransportOf({ NODE_ENV: 'production', MAIL_FROM: 'a@b.c' })).toThrow(ConfigError)
    expect(mailTransportOf({ NODE_ENV: 'production', MAIL_FROM: 'a@b.c', MAIL_TRANSPORT: 'file' })).toBe(
      'file',
    )
    expect(mailTransportOf({ NODE_ENV: 'production', MAIL_FROM: 'a@b.c', SMTP_URL: 'smtp://h:25' })).toBe(
      'smtp',
    )
    expect(() => mailTransportOf({ MAIL_FROM: 'a@b.c', MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL/)
    expect(mailTransportOf({ MAIL_FROM: 'a@b.c' })).toBe('file')
  })
})
