import { DEFAULT_QUIZ_SETTINGS, type QuizSettings } from '@smartcourse/contracts'
import {
  LessonNotFoundError,
  LessonNotQuizError,
  ModuleNotFoundError,
  NotAPermutationError,
  QuestionNotFoundError,
  QuizHasQuestionsError,
} from './content.errors.js'
import { newQuestion, type Question, type QuestionInput } from './quiz-questions.js'

export type LessonType = 'video' | 'text' | 'quiz' | 'assignment'

/** A place in a course's content, named as in its path: /courses/{id}/modules/{mid}/lessons/{lid}/questions/{qid}. */
export interface ModulePath {
  id: number
  mid: number
}
export interface LessonPath extends ModulePath {
  lid: number
}
export interface QuestionPath extends LessonPath {
  qid: number
}

/** A lesson as stored; its `order` is its position in the module, so it is not stored. */
export interface Lesson {
  lesson_id: number
  title: string
  description: string | null
  type: LessonType
  content: string | null
  video_url: string | null
  duration_minutes: number | null
  is_preview: boolean
  is_mandatory: boolean
  /** Quiz lessons only (null otherwise); documents written before quizzes had questions lack it. */
  quiz_settings?: QuizSettings | null
  /** Ordered; ids come from the course's one counter. */
  questions?: Question[]
  /** Grows with every change of the questions or the settings. */
  quiz_version?: number
}

/** A module as stored; its `order` is its position in the course. */
export interface Module {
  module_id: number
  title: string
  description: string | null
  is_published: boolean
  lessons: Lesson[]
}

/** One course's content document, the same in both stores. */
export interface CourseContent {
  course_id: number
  /** The last module/lesson id handed out (one counter per course, never reused). */
  next_id: number
  /** Grows with every write. */
  version: number
  modules: Module[]
}

export interface ModuleInput {
  title: string
  description?: string | null
  is_published?: boolean
}
export type ModulePatch = Partial<ModuleInput>

export interface LessonInput {
  title: string
  description?: string | null
  type: LessonType
  content?: string | null
  video_url?: string | null
  duration_minutes?: number | null
  is_preview?: boolean
  is_mandatory?: boolean
  quiz_settings?: Partial<QuizSettings>
}
export type LessonPatch = Partial<LessonInput>

export function emptyContent(courseId: number): CourseContent {
  return { course_id: courseId, next_id: 0, version: 0, modules: [] }
}

export function newModule(moduleId: number, input: ModuleInput): Module {
  return {
    module_id: moduleId,
    title: input.title,
    description: input.description ?? null,
    is_published: input.is_published ?? false,
    lessons: [],
  }
}

export function newLesson(lessonId: number, input: LessonInput): Lesson {
  if (input.quiz_settings && input.type !== 'quiz') throw new LessonNotQuizError(lessonId)
  return {
    lesson_id: lessonId,
    title: input.title,
    description: input.description ?? null,
    type: input.type,
    content: input.content ?? null,
    video_url: input.video_url ?? null,
    duration_minutes: input.duration_minutes ?? null,
    is_preview: input.is_preview ?? false,
    is_mandatory: input.is_mandatory ?? true,
    quiz_settings: input.type === 'quiz' ? { ...DEFAULT_QUIZ_SETTINGS, ...input.quiz_settings } : null,
    questions: [],
    quiz_version: 1,
  }
}

export function questionsOf(lesson: Lesson): Question[] {
  return lesson.questions ?? []
}

export function quizSettingsOf(lesson: Lesson): QuizSettings {
  return { ...DEFAULT_QUIZ_SETTINGS, ...lesson.quiz_settings }
}

export function findQuestion(lesson: Lesson, questionId: number): Question {
  const question = questionsOf(lesson).find((q) => q.question_id === questionId)
  if (!question) throw new QuestionNotFoundError(questionId)
  return question
}

function quizLesson(content: CourseContent, moduleId: number, lessonId: number): Lesson {
  const lesson = findLesson(findModule(content, moduleId), lessonId)
  if (lesson.type !== 'quiz') throw new LessonNotQuizError(lessonId)
  return lesson
}

/** The quiz lesson wherever it is in the course; LessonNotFoundError / LessonNotQuizError otherwise. */
export function findQuizLesson(content: CourseContent, lessonId: number): Lesson {
  for (const module of content.modules) {
    const lesson = module.lessons.find((l) => l.lesson_id === lessonId)
    if (!lesson) continue
    if (lesson.type !== 'quiz') throw new LessonNotQuizError(lessonId)
    return lesson
  }
  throw new LessonNotFoundError(lessonId)
}

/** Records a change of a quiz: new attempts use the new version, recorded ones keep theirs. */
function bumpQuiz(lesson: Lesson) {
  lesson.quiz_version = (lesson.quiz_version ?? 1) + 1
}

/** Only the keys the caller sent; `undefined` never overwrites a stored value. */
function definedEntries<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>
}

export function findModule(content: CourseContent, moduleId: number): Module {
  const module = content.modules.find((m) => m.module_id === moduleId)
  if (!module) throw new ModuleNotFoundError(moduleId)
  return module
}

export function findLesson(module: Module, lessonId: number): Lesson {
  const lesson = module.lessons.find((l) => l.lesson_id === lessonId)
  if (!lesson) throw new LessonNotFoundError(lessonId)
  return lesson
}

/**
 * The writes every store performs, as in-place changes of a document it holds exclusively
 * (a locked row, or a read it will write back only if nobody wrote in between).
 * Each returns what the caller asked about.
 */
export const contentMutations = {
  addModule(content: CourseContent, input: ModuleInput): Module {
    content.next_id += 1
    const module = newModule(content.next_id, input)
    content.modules.push(module)
    return module
  },

  updateModule(content: CourseContent, moduleId: number, patch: ModulePatch): Module {
    const module = findModule(content, moduleId)
    Object.assign(module, definedEntries(patch))
    return module
  },

  removeModule(content: CourseContent, moduleId: number): void {
    findModule(content, moduleId)
    content.modules = content.modules.filter((m) => m.module_id !== moduleId)
  },

  addLesson(content: CourseContent, moduleId: number, input: LessonInput): Lesson {
    const module = findModule(content, moduleId)
    content.next_id += 1
    const lesson = newLesson(content.next_id, input)
    module.lessons.push(lesson)
    return lesson
  },

  updateLesson(content: CourseContent, moduleId: number, lessonId: number, patch: LessonPatch): Lesson {
    const lesson = findLesson(findModule(content, moduleId), lessonId)
    const { quiz_settings: settings, ...fields } = patch
    const type = fields.type ?? lesson.type
    if (type !== 'quiz' && questionsOf(lesson).length > 0) throw new QuizHasQuestionsError(lessonId)
    if (settings && type !== 'quiz') throw new LessonNotQuizError(lessonId)
    Object.assign(lesson, definedEntries(fields))
    if (type !== 'quiz') lesson.quiz_settings = null
    else if (settings || !lesson.quiz_settings) {
      lesson.quiz_settings = { ...quizSettingsOf(lesson), ...definedEntries(settings ?? {}) }
      bumpQuiz(lesson)
    }
    return lesson
  },

  removeLesson(content: CourseContent, moduleId: number, lessonId: number): void {
    const module = findModule(content, moduleId)
    findLesson(module, lessonId)
    module.lessons = module.lessons.filter((l) => l.lesson_id !== lessonId)
  },

  addQuestion(content: CourseContent, moduleId: number, lessonId: number, input: QuestionInput): Question {
    const lesson = quizLesson(content, moduleId, lessonId)
    const question = newQuestion(content.next_id + 1, input)
    content.next_id += 1
    lesson.questions = [...questionsOf(lesson), question]
    bumpQuiz(lesson)
    return question
  },

  replaceQuestion(
    content: CourseContent,
    moduleId: number,
    lessonId: number,
    questionId: number,
    input: QuestionInput,
  ): Question {
    const lesson = quizLesson(content, moduleId, lessonId)
    findQuestion(lesson, questionId)
    const question = newQuestion(questionId, input)
    lesson.questions = questionsOf(lesson).map((q) => (q.question_id === questionId ? question : q))
    bumpQuiz(lesson)
    return question
  },

  removeQuestion(content: CourseContent, moduleId: number, lessonId: number, questionId: number): void {
    const lesson = quizLesson(content, moduleId, lessonId)
    findQuestion(lesson, questionId)
    lesson.questions = questionsOf(lesson).filter((q) => q.question_id !== questionId)
    bumpQuiz(lesson)
  },

  reorderQuestions(content: CourseContent, moduleId: number, lessonId: number, ids: number[]): Lesson {
    const lesson = quizLesson(content, moduleId, lessonId)
    lesson.questions = permute(questionsOf(lesson), ids, (q) => q.question_id, 'questions')
    bumpQuiz(lesson)
    return lesson
  },

  reorderModules(content: CourseContent, ids: number[]): void {
    content.modules = permute(content.modules, ids, (m) => m.module_id, 'modules')
  },

  reorderLessons(content: CourseContent, moduleId: number, ids: number[]): void {
    const module = findModule(content, moduleId)
    module.lessons = permute(module.lessons, ids, (l) => l.lesson_id, 'lessons')
  },
}

function permute<T>(
  items: T[],
  ids: number[],
  idOf: (item: T) => number,
  what: 'modules' | 'lessons' | 'questions',
): T[] {
  const byId = new Map(items.map((item) => [idOf(item), item]))
  const isPermutation =
    ids.length === items.length && new Set(ids).size === ids.length && ids.every((id) => byId.has(id))
  if (!isPermutation) throw new NotAPermutationError(what, [...byId.keys()])
  return ids.map((id) => byId.get(id)!)
}

export interface ContentTotals {
  total_modules: number
  total_lessons: number
  total_duration_minutes: number
}

export function contentTotals(content: CourseContent): ContentTotals {
  const lessons = content.modules.flatMap((m) => m.lessons)
  return {
    total_modules: content.modules.length,
    total_lessons: lessons.length,
    total_duration_minutes: lessons.reduce((sum, l) => sum + (l.duration_minutes ?? 0), 0),
  }
}

/** Publishing needs something to learn: at least one module holding at least one lesson. */
export function hasLessons(content: CourseContent): boolean {
  return content.modules.some((m) => m.lessons.length > 0)
}
