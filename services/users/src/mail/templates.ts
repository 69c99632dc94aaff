/**
 * The mails user-service sends, each as plain text and HTML with the same content. No images,
 * no tracking pixels, no redirecting links: every link is the plain PUBLIC_BASE_URL address.
 */
export type MailKind =
  | 'password_reset'
  | 'password_changed'
  | 'email_verification'
  | 'enrollment_confirmed'
  | 'waitlist_promoted'
  | 'certificate_issued'
  | 'certificate_revoked'

export interface RenderedMail {
  kind: MailKind
  subject: string
  text: string
  html: string
}

export interface MailContext {
  platformName: string
  /** The person's name (or username) for the greeting. */
  name: string
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string,
  )
}

type Part = string | { link: string; label: string }

/** Builds both bodies from paragraphs; a link part is printed as the URL itself in the text. */
function compose(kind: MailKind, context: MailContext, subject: string, paragraphs: Part[][]): RenderedMail {
  const all: Part[][] = [[`Hello ${context.name},`], ...paragraphs, [`— ${context.platformName}`]]
  const text = all
    .map((parts) =>
      parts.map((part) => (typeof part === 'string' ? part : `${part.label}: ${part.link}`)).join(' '),
    )
    .join('\n\n')
  const body = all
    .map(
      (parts) =>
        `<p>${parts
          .map((part) =>
            typeof part === 'string'
              ? escapeHtml(part)
              : `<a href="${escapeHtml(part.link)}">${escapeHtml(part.label)}</a>`,
          )
          .join(' ')}</p>`,
    )
    .join('\n')
  const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body>\n${body}\n</body></html>\n`
  return { kind, subject: `${subject} · ${context.platformName}`, text: `${text}\n`, html }
}

export const templates = {
  passwordReset(context: MailContext, link: string, minutes: number) {
    return compose('password_reset', context, 'Reset your password', [
      [`Someone asked to reset the password of your ${context.platformName} account.`],
      [{ label: 'Choose a new password', link }],
      [
        `The link works once and for ${minutes} minutes. If it was not you, ignore this mail: your password stays as it is.`,
      ],
    ])
  },

  passwordChanged(context: MailContext, loginLink: string) {
    return compose('password_changed', context, 'Your password was changed', [
      [
        `The password of your ${context.platformName} account was just changed, and every other session was signed out.`,
      ],
      [`If that was not you, reset your password at once:`, { label: 'Sign in or reset', link: loginLink }],
    ])
  },

  emailVerification(context: MailContext, link: string, hours: number) {
    return compose('email_verification', context, 'Confirm your e-mail address', [
      [`Please confirm that this is the e-mail address of your ${context.platformName} account.`],
      [{ label: 'Confirm my e-mail address', link }],
      [`The link works for ${hours} hours. If you did not create an account, ignore this mail.`],
    ])
  },

  enrollmentConfirmed(context: MailContext, course: string, link: string) {
    return compose('enrollment_confirmed', context, `You are enrolled in ${course}`, [
      [`Your enrollment in “${course}” is confirmed. You can start learning now.`],
      [{ label: 'My courses', link }],
    ])
  },

  waitlistPromoted(context: MailContext, course: string, link: string) {
    return compose('waitlist_promoted', context, `A seat opened: you are enrolled in ${course}`, [
      [
        `A seat opened in “${course}” and you were next on the waitlist. You are enrolled and can start learning now.`,
      ],
      [{ label: 'My courses', link }],
    ])
  },

  certificateIssued(
    context: MailContext,
    course: string,
    certificate: { number: string; verificationUrl: string; pdfUrl: string },
  ) {
    return compose('certificate_issued', context, `Your certificate for ${course}`, [
      [`Congratulations on completing “${course}”. Your certificate ${certificate.number} is ready.`],
      [{ label: 'Public verification page', link: certificate.verificationUrl }],
      [{ label: 'Download the PDF (sign in first)', link: certificate.pdfUrl }],
    ])
  },

  certificateRevoked(
    context: MailContext,
    course: string,
    certificate: { number: string; reason: string; verificationUrl: string },
  ) {
    return compose('certificate_revoked', context, `Your certificate for ${course} was revoked`, [
      [`Your certificate ${certificate.number} for “${course}” was revoked.`],
      [`Reason: ${certificate.reason}`],
      [{ label: 'Verification page', link: certificate.verificationUrl }],
    ])
  },
}
