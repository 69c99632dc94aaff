import {
  type CourseContent,
  contentTotals,
  type Lesson,
  type Module,
  questionsOf,
  quizSettingsOf,
} from './content-document.js'
import type { Question } from './quiz-questions.js'

/**
 * What a reader sees: `all` lesson bodies or only previews' bodies; `keys` adds the quiz
 * questions with their answers (the course's instructor and admins only; everyone else gets
 * `questions: null`, so no read of course content ever carries an answer).
 */
export interface ContentAudience {
  bodies: 'all' | 'previews'
  keys: boolean
}
export const MANAGER: ContentAudience = { bodies: 'all', keys: true }

export function questionView(question: Question, order: number) {
  return { ...question, order }
}

export function lessonView(lesson: Lesson, order: number, audience: ContentAudience = MANAGER) {
  const visible = audience.bodies === 'all' || lesson.is_preview
  const questions = questionsOf(lesson)
  const { quiz_version: _version, questions: _questions, ...fields } = lesson
  return {
    ...fields,
    content: visible ? lesson.content : null,
    video_url: visible ? lesson.video_url : null,
    order,
    quiz_settings: lesson.type === 'quiz' ? quizSettingsOf(lesson) : null,
    question_count: questions.length,
    questions: audience.keys ? questions.map((q, index) => questionView(q, index + 1)) : null,
  }
}

export function moduleView(module: Module, order: number, audience: ContentAudience = MANAGER) {
  return {
    ...module,
    order,
    lessons: module.lessons.map((lesson, index) => lessonView(lesson, index + 1, audience)),
  }
}

/** CourseContentResponse: positions become `order`, totals are computed. */
export function contentView(content: CourseContent, audience: ContentAudience = MANAGER) {
  return {
    course_id: content.course_id,
    modules: content.modules.map((module, index) => moduleView(module, index + 1, audience)),
    ...contentTotals(content),
  }
}

export function moduleViewIn(content: CourseContent, module: Module) {
  return moduleView(module, content.modules.findIndex((m) => m.module_id === module.module_id) + 1)
}

export function findLessonIn(content: CourseContent, moduleId: number, lessonId: number): Lesson {
  const module = content.modules.find((m) => m.module_id === moduleId)!
  return module.lessons.find((l) => l.lesson_id === lessonId)!
}

export function lessonViewIn(content: CourseContent, moduleId: number, lesson: Lesson) {
  const module = content.modules.find((m) => m.module_id === moduleId)!
  return lessonView(lesson, module.lessons.findIndex((l) => l.lesson_id === lesson.lesson_id) + 1)
}

export function questionViewIn(
  content: CourseContent,
  moduleId: number,
  lessonId: number,
  question: Question,
) {
  const lesson = findLessonIn(content, moduleId, lessonId)
  return questionView(
    question,
    questionsOf(lesson).findIndex((q) => q.question_id === question.question_id) + 1,
  )
}
