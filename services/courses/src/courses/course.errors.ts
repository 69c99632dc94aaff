import { ForbiddenError, NotFoundError, ValidationError } from '@smartcourse/service-kit'

export class CourseNotFoundError extends NotFoundError {
  constructor(reference: number | string) {
    super(`Course ${reference} not found`)
  }
}

export class NotCourseOwnerError extends ForbiddenError {
  constructor() {
    super('Only the course instructor or an admin may change this course')
  }
}

export class CourseEmptyError extends ValidationError {
  constructor() {
    super(
      'A course needs at least one module with at least one lesson to be published',
      undefined,
      'COURSE_EMPTY',
    )
  }
}

export class StatusFilterForbiddenError extends ForbiddenError {
  constructor() {
    super('Only admins may list courses by status (instructors: together with mine=true)')
  }
}
