import { ConflictError, NotFoundError, ValidationError } from '@smartcourse/service-kit'

export class ModuleNotFoundError extends NotFoundError {
  constructor(moduleId: number) {
    super(`Module ${moduleId} not found in this course`)
  }
}

export class LessonNotFoundError extends NotFoundError {
  constructor(lessonId: number) {
    super(`Lesson ${lessonId} not found in this module`)
  }
}

/** A reorder request whose ids are not exactly the current ids in some order. */
export class NotAPermutationError extends ValidationError {
  constructor(what: 'modules' | 'lessons', expected: number[]) {
    super(
      `ids must list every ${what.slice(0, -1)} id of the ${what === 'modules' ? 'course' : 'module'} exactly once`,
      [{ field: 'body.ids', message: `must be a permutation of [${expected.join(', ')}]` }],
    )
  }
}

/** Optimistic writes that kept losing the race (MongoDB store only); the client may retry. */
export class ContentBusyError extends ConflictError {
  constructor() {
    super('CONFLICT', 'The course content is being changed by someone else; try again')
  }
}
