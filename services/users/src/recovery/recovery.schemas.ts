import { StrictObject } from '@smartcourse/service-kit'
import { Type } from 'typebox'

const Email = Type.String({ format: 'email', maxLength: 255 })
const MailedToken = Type.String({ minLength: 1, maxLength: 200 })
/** Same rule as registration. */
const NewPassword = Type.String({ minLength: 8, maxLength: 100 })

export const ForgotPasswordBody = StrictObject({ email: Email })
export const ResetPasswordBody = StrictObject({ token: MailedToken, new_password: NewPassword })
export const VerifyEmailBody = StrictObject({ token: MailedToken })
export const ChangePasswordBody = StrictObject({
  // Generous: legacy (bcrypt) passwords predate the 100-character rule.
  current_password: Type.String({ minLength: 1, maxLength: 1024 }),
  new_password: NewPassword,
})

/** The one answer of POST /auth/password/forgot, whether or not the account exists. */
export const FORGOT_PASSWORD_MESSAGE =
  'If an account with this e-mail address exists, a link to reset its password is on its way'
