/** Pure form logic: what the forms send, kept apart from the components so it can be tested. */

export interface CourseForm {
  title: string
  description: string
  category: string
  level: '' | 'beginner' | 'intermediate' | 'advanced'
  price: string
  max_students: string
}

export const emptyCourseForm: CourseForm = {
  title: '',
  description: '',
  category: '',
  level: '',
  price: '0',
  max_students: '',
}

/** The course body: blanks become null, numbers stay strings for the API to judge (422 at the field). */
export function coursePayload(form: CourseForm) {
  const maxStudents = form.max_students.trim()
  return {
    title: form.title.trim(),
    description: form.description.trim() || null,
    category: form.category.trim() || null,
    level: form.level || null,
    price: form.price.trim() === '' ? '0' : form.price.trim(),
    // Not a whole number: sent as typed, so the API's 422 explains it next to the field.
    max_students:
      maxStudents === ''
        ? null
        : /^\d+$/.test(maxStudents)
          ? Number(maxStudents)
          : (maxStudents as unknown as number),
  }
}

export function courseFormFrom(course: {
  title: string
  description: string | null
  category: string | null
  level: string | null
  price: string
  max_students: number | null
}): CourseForm {
  return {
    title: course.title,
    description: course.description ?? '',
    category: course.category ?? '',
    level: (course.level ?? '') as CourseForm['level'],
    price: course.price,
    max_students: course.max_students === null ? '' : String(course.max_students),
  }
}

/** The course levels as select options, after the caller's own option for "no level". */
export const LEVEL_OPTIONS: Array<[CourseForm['level'], string]> = [
  ['beginner', 'Beginner'],
  ['intermediate', 'Intermediate'],
  ['advanced', 'Advanced'],
]

export type LessonType = 'text' | 'video' | 'quiz' | 'assignment'

export interface LessonForm {
  title: string
  type: LessonType
  content: string
  video_url: string
  duration_minutes: string
  is_preview: boolean
  is_mandatory: boolean
}

export const emptyLessonForm: LessonForm = {
  title: '',
  type: 'text',
  content: '',
  video_url: '',
  duration_minutes: '',
  is_preview: false,
  is_mandatory: true,
}

/** The form for a lesson as the API gives it (where blanks are null and the duration a number). */
export function lessonFormFrom(
  lesson: Omit<LessonForm, 'content' | 'video_url' | 'duration_minutes'> & {
    content: string | null
    video_url: string | null
    duration_minutes: number | null
  },
): LessonForm {
  return {
    title: lesson.title,
    type: lesson.type,
    content: lesson.content ?? '',
    video_url: lesson.video_url ?? '',
    duration_minutes: lesson.duration_minutes === null ? '' : String(lesson.duration_minutes),
    is_preview: lesson.is_preview,
    is_mandatory: lesson.is_mandatory,
  }
}

export function lessonPayload(form: LessonForm) {
  const duration = form.duration_minutes.trim()
  return {
    title: form.title.trim(),
    type: form.type,
    content: form.type === 'video' ? null : form.content || null,
    video_url: form.type === 'video' ? form.video_url.trim() || null : null,
    duration_minutes: duration === '' ? null : Math.max(0, Math.round(Number(duration)) || 0),
    is_preview: form.is_preview,
    is_mandatory: form.is_mandatory,
  }
}

/** The ids in their new order after moving one of them up (-1) or down (+1); unchanged at the ends. */
export function moveId(ids: number[], id: number, direction: -1 | 1): number[] {
  const index = ids.indexOf(id)
  const target = index + direction
  if (index < 0 || target < 0 || target >= ids.length) return ids
  const next = [...ids]
  next[index] = ids[target]!
  next[target] = id
  return next
}

/** Catalog filters as URL search params (the link to a search works), without empty values. */
export interface CatalogQuery {
  search: string
  category: string
  level: '' | 'beginner' | 'intermediate' | 'advanced'
  sort: 'newest' | 'title' | 'price'
  page: number
}

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const
const SORTS = ['newest', 'title', 'price'] as const

export function readCatalogQuery(params: URLSearchParams): CatalogQuery {
  const level = params.get('level') ?? ''
  const sort = params.get('sort') ?? 'newest'
  const page = Number(params.get('page') ?? '1')
  return {
    search: params.get('search') ?? '',
    category: params.get('category') ?? '',
    level: (LEVELS as readonly string[]).includes(level) ? (level as CatalogQuery['level']) : '',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as CatalogQuery['sort']) : 'newest',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

export function writeCatalogQuery(query: CatalogQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.search.trim()) params.set('search', query.search.trim())
  if (query.category.trim()) params.set('category', query.category.trim())
  if (query.level) params.set('level', query.level)
  if (query.sort !== 'newest') params.set('sort', query.sort)
  if (query.page > 1) params.set('page', String(query.page))
  return params
}

/** Whole minutes spent on a lesson since it was opened, within what the API accepts (0..1440). */
export function minutesSince(startedAt: number, now: number): number {
  return Math.min(1440, Math.max(0, Math.round((now - startedAt) / 60_000)))
}
