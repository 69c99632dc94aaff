import { StrictObject } from '@smartcourse/service-kit'
import { Type } from 'typebox'
import { NameInput } from '../users/user.schemas.js'

/** A syntax check only: no DNS, reserved domains such as .test are fine. */
const Email = Type.String({ format: 'email', maxLength: 255 })
const Token = Type.String({ minLength: 1, maxLength: 4096 })

export const RegisterBody = StrictObject({
  email: Email,
  username: Type.String({ minLength: 3, maxLength: 100, pattern: '^[A-Za-z0-9_.-]+$' }),
  password: Type.String({ minLength: 8, maxLength: 100 }),
  first_name: Type.Optional(NameInput),
  last_name: Type.Optional(NameInput),
  /** `admin` is not in the enum: registration can never create an admin. */
  role: Type.Optional(Type.Enum(['student', 'instructor'])),
})

export const LoginBody = StrictObject({
  email: Email,
  // Generous upper bound: legacy (bcrypt) passwords predate the 100-character registration rule.
  password: Type.String({ minLength: 1, maxLength: 1024 }),
})

export const RefreshBody = StrictObject({ refresh_token: Token })

export const TokenResponse = Type.Object({
  access_token: Type.String(),
  refresh_token: Type.String(),
  token_type: Type.Literal('bearer'),
  expires_in: Type.Integer(),
})
