import type {
  CourseContent,
  Lesson,
  LessonInput,
  LessonPatch,
  Module,
  ModuleInput,
  ModulePatch,
} from './content-document.js'
import type { Question, QuestionInput } from './quiz-questions.js'

/**
 * Where course content (modules and lessons, one document per course) lives: Postgres jsonb
 * or MongoDB. Every write is atomic per course and returns the document as it is after the
 * write; ids come from one counter per course and are never reused. Unknown module/lesson
 * ids throw ModuleNotFoundError/LessonNotFoundError, bad reorders NotAPermutationError.
 */
export interface CourseContentStore {
  readonly kind: 'postgres' | 'mongodb'
  /** The course's content; an empty document when nothing was added yet. */
  find(courseId: number): Promise<CourseContent>
  addModule(courseId: number, input: ModuleInput): Promise<{ content: CourseContent; module: Module }>
  updateModule(
    courseId: number,
    moduleId: number,
    patch: ModulePatch,
  ): Promise<{ content: CourseContent; module: Module }>
  removeModule(courseId: number, moduleId: number): Promise<CourseContent>
  addLesson(
    courseId: number,
    moduleId: number,
    input: LessonInput,
  ): Promise<{ content: CourseContent; lesson: Lesson }>
  updateLesson(
    courseId: number,
    moduleId: number,
    lessonId: number,
    patch: LessonPatch,
  ): Promise<{ content: CourseContent; lesson: Lesson }>
  removeLesson(courseId: number, moduleId: number, lessonId: number): Promise<CourseContent>
  /** Quiz questions draw their ids from the course's counter too; QuestionNotFoundError for unknown ids. */
  addQuestion(
    courseId: number,
    moduleId: number,
    lessonId: number,
    input: QuestionInput,
  ): Promise<{ content: CourseContent; question: Question }>
  replaceQuestion(
    courseId: number,
    moduleId: number,
    lessonId: number,
    questionId: number,
    input: QuestionInput,
  ): Promise<{ content: CourseContent; question: Question }>
  removeQuestion(
    courseId: number,
    moduleId: number,
    lessonId: number,
    questionId: number,
  ): Promise<CourseContent>
  reorderQuestions(
    courseId: number,
    moduleId: number,
    lessonId: number,
    ids: number[],
  ): Promise<CourseContent>
  reorderModules(courseId: number, ids: number[]): Promise<CourseContent>
  reorderLessons(courseId: number, moduleId: number, ids: number[]): Promise<CourseContent>
  /** Prepares storage (indexes); safe to call more than once. */
  init(): Promise<void>
  close(): Promise<void>
}
