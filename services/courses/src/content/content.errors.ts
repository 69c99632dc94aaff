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

export class QuestionNotFoundError extends NotFoundError {
  constructor(questionId: number) {
    super(`Question ${questionId} not found in this quiz`)
  }
}

/** Questions, quiz settings: only on quiz lessons. */
export class LessonNotQuizError extends ValidationError {
  constructor(lessonId: number) {
    super(`Lesson ${lessonId} is not a quiz`, undefined, 'LESSON_NOT_QUIZ')
  }
}

/** A quiz with questions cannot become another type of lesson: its questions would be lost. */
export class QuizHasQuestionsError extends ValidationError {
  constructor(lessonId: number) {
    super(`Lesson ${lessonId} has questions; remove them before changing its type`, [
      { field: 'body.type', message: 'must stay quiz while the lesson has questions' },
    ])
  }
}

const PARENT = { modules: 'course', lessons: 'module', questions: 'quiz' } as const

/** A reorder request whose ids are not exactly the current ids in some order. */
export class NotAPermutationError extends ValidationError {
  constructor(what: 'modules' | 'lessons' | 'questions', expected: number[]) {
    super(`ids must list every ${what.slice(0, -1)} id of the ${PARENT[what]} exactly once`, [
      { field: 'body.ids', message: `must be a permutation of [${expected.join(', ')}]` },
    ])
  }
}

/** Optimistic writes that kept losing the race (MongoDB store only); the client may retry. */
export class ContentBusyError extends ConflictError {
  constructor() {
    super('CONFLICT', 'The course content is being changed by someone else; try again')
  }
}
