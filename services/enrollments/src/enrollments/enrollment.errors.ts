import { ConflictError } from '@smartcourse/service-kit'

export class CourseNotPublishedError extends ConflictError {
  constructor(courseId: number) {
    super('COURSE_NOT_PUBLISHED', `Course ${courseId} is not open for enrollment`)
  }
}

export class OwnCourseError extends ConflictError {
  constructor() {
    super('OWN_COURSE', 'You cannot enroll in your own course')
  }
}

export class AlreadyEnrolledError extends ConflictError {
  constructor(courseId: number) {
    super('ALREADY_ENROLLED', `You are already enrolled in course ${courseId}`)
  }
}

export class CourseFullError extends ConflictError {
  constructor(courseId: number) {
    super('COURSE_FULL', `Course ${courseId} has no seats left`)
  }
}

export class EnrollmentCompletedError extends ConflictError {
  constructor(id: number) {
    super('CONFLICT', `Enrollment ${id} is completed and can no longer change`)
  }
}

export class PaymentPendingError extends ConflictError {
  constructor(id: number) {
    super('CONFLICT', `Enrollment ${id} is waiting for payment; only dropping it is possible`)
  }
}

export class WaitlistedError extends ConflictError {
  constructor(id: number) {
    super('CONFLICT', `Enrollment ${id} is on the waitlist; it can only be activated or dropped`)
  }
}
