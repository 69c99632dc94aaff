import { type CourseContent, contentTotals, type Lesson, type Module } from './content-document.js'

/** Whether lesson bodies (content, video_url) are shown for every lesson or only previews. */
export type LessonBodies = 'all' | 'previews'

export function lessonView(lesson: Lesson, order: number, bodies: LessonBodies = 'all') {
  const visible = bodies === 'all' || lesson.is_preview
  return {
    ...lesson,
    content: visible ? lesson.content : null,
    video_url: visible ? lesson.video_url : null,
    order,
  }
}

export function moduleView(module: Module, order: number, bodies: LessonBodies = 'all') {
  return {
    ...module,
    order,
    lessons: module.lessons.map((lesson, index) => lessonView(lesson, index + 1, bodies)),
  }
}

/** CourseContentResponse: positions become `order`, totals are computed. */
export function contentView(content: CourseContent, bodies: LessonBodies = 'all') {
  return {
    course_id: content.course_id,
    modules: content.modules.map((module, index) => moduleView(module, index + 1, bodies)),
    ...contentTotals(content),
  }
}

export function moduleViewIn(content: CourseContent, module: Module) {
  return moduleView(module, content.modules.findIndex((m) => m.module_id === module.module_id) + 1)
}

export function lessonViewIn(content: CourseContent, moduleId: number, lesson: Lesson) {
  const module = content.modules.find((m) => m.module_id === moduleId)!
  return lessonView(lesson, module.lessons.findIndex((l) => l.lesson_id === lesson.lesson_id) + 1)
}
