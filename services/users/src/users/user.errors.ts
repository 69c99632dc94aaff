import { ConflictError, NotFoundError } from '@smartcourse/service-kit'

export class EmailTakenError extends ConflictError {
  constructor() {
    super('EMAIL_TAKEN', 'This email is already registered')
  }
}

export class UsernameTakenError extends ConflictError {
  constructor() {
    super('USERNAME_TAKEN', 'This username is already taken')
  }
}

export class UserNotFoundError extends NotFoundError {
  constructor(id: number) {
    super(`User ${id} not found`)
  }
}
