import { ConflictError, NotFoundError, ValidationError } from '@smartcourse/service-kit'

export class CertificateNotFoundError extends NotFoundError {
  constructor(id: number) {
    super(`Certificate ${id} not found`)
  }
}

export class EnrollmentNotCompletedError extends ConflictError {
  constructor(enrollmentId: number) {
    super('ENROLLMENT_NOT_COMPLETED', `Enrollment ${enrollmentId} is not completed`)
  }
}

export class CertificateAlreadyIssuedError extends ConflictError {
  constructor(enrollmentId: number) {
    super('CONFLICT', `Enrollment ${enrollmentId} already has a certificate`)
  }
}

export class CertificateAlreadyRevokedError extends ConflictError {
  constructor(id: number) {
    super('CONFLICT', `Certificate ${id} is already revoked`)
  }
}

export class RevocationReasonTooShortError extends ValidationError {
  constructor() {
    super('Request validation failed', [
      { field: 'body.reason', message: 'must have at least 10 characters besides spaces' },
    ])
  }
}

/** REQUIRE_VERIFIED_FOR_CERTIFICATES: the student has not confirmed their e-mail address yet. */
export class EmailNotVerifiedError extends ConflictError {
  constructor(studentId: number) {
    super('EMAIL_NOT_VERIFIED', `Student ${studentId} has not verified their e-mail address yet`)
  }
}
