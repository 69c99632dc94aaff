import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import { Type } from 'typebox'
import { ConfigError } from './config.js'

/** Mail settings a service that sends mail spreads into its config schema. */
export const mailConfigProperties = {
  /** smtp://user:pass@host:587 or smtps://…:465 (TLS). Set: mail goes there. */
  SMTP_URL: Type.Optional(Type.String({ minLength: 1, pattern: '^smtps?://' })),
  /** The From header of every mail, `Name <address>` or an address. */
  MAIL_FROM: Type.String({ minLength: 3, default: 'SmartCourse <no-reply@smartcourse.local>' }),
  /**
   * `smtp` needs SMTP_URL; `file` writes `.eml` files under MAIL_DIR. Unset: smtp when SMTP_URL
   * is set, else file — except in production, which refuses to start without one of them.
   */
  MAIL_TRANSPORT: Type.Optional(Type.Enum(['smtp', 'file'])),
  /** Where the file transport writes (default DATA_DIR/mail). */
  MAIL_DIR: Type.Optional(Type.String({ minLength: 1 })),
}

export interface MailConfig {
  NODE_ENV?: string
  SMTP_URL?: string
  MAIL_FROM: string
  MAIL_TRANSPORT?: 'smtp' | 'file'
  MAIL_DIR?: string
  DATA_DIR?: string
}

export interface MailMessage {
  to: string
  subject: string
  text: string
  html: string
  /** Derived from the event id, so a retried send carries the same Message-ID. */
  messageId: string
}

export interface Mailer {
  readonly transport: 'smtp' | 'file'
  /** Sends (or writes) the message; throws when the SMTP server did not accept it. */
  send(message: MailMessage): Promise<void>
  close(): void
}

interface LineLogger {
  info(details: object, message: string): void
}

/** Which transport the config asks for, refusing a production that would silently write files. */
export function mailTransportOf(config: MailConfig): 'smtp' | 'file' {
  const chosen = config.MAIL_TRANSPORT ?? (config.SMTP_URL ? 'smtp' : undefined)
  if (chosen === 'smtp' && !config.SMTP_URL) {
    throw new ConfigError('Invalid configuration:\n  SMTP_URL: is required when MAIL_TRANSPORT=smtp')
  }
  if (chosen) return chosen
  if (config.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  SMTP_URL: is required in production (mail would otherwise only be written to ' +
        'files nobody reads). Set SMTP_URL=smtp://user:password@host:587, or MAIL_TRANSPORT=file to write .eml files on purpose',
    )
  }
  return 'file'
}

const SEND_TIMEOUT_MS = 10_000

/**
 * One mailer on nodemailer. SMTP (a connection per send, with timeouts so a hung server fails the send
 * instead of holding it), or `.eml` files: nodemailer's stream transport builds the very same
 * RFC 5322 message, written to `<dir>/<time>-<message id>.eml` with one log line naming the file.
 */
export function createMailer(config: MailConfig, logger: LineLogger): Mailer {
  const transport = mailTransportOf(config)
  if (transport === 'smtp') {
    // The URL's own query parameters win over these defaults.
    const smtp = nodemailer.createTransport({
      url: config.SMTP_URL!,
      connectionTimeout: SEND_TIMEOUT_MS,
      greetingTimeout: SEND_TIMEOUT_MS,
      socketTimeout: SEND_TIMEOUT_MS,
    } as Parameters<typeof nodemailer.createTransport>[0])
    return {
      transport,
      async send(message) {
        await smtp.sendMail({ from: config.MAIL_FROM, ...message })
      },
      close: () => smtp.close(),
    }
  }
  const dir = config.MAIL_DIR ?? join(config.DATA_DIR ?? 'data', 'mail')
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    transport,
    async send(message) {
      const info = await stream.sendMail({ from: config.MAIL_FROM, ...message })
      await mkdir(dir, { recursive: true })
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const safeId = message.messageId.replace(/[^A-Za-z0-9.@-]/g, '')
      const path = join(dir, `${stamp}-${safeId}.eml`)
      await writeFile(path, info.message as Buffer)
      logger.info({ to: message.to, path }, `mail written: ${path}`)
    },
    close: () => stream.close(),
  }
}
