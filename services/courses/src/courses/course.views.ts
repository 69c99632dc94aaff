import { toMoney } from '@smartcourse/service-kit'
import type { CourseListRow, CourseRow } from './course.repository.js'

const isoOrNull = (date: Date | null) => (date === null ? null : date.toISOString())

/** CourseResponse of a row. */
export function courseView(row: CourseRow) {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    description: row.description,
    long_description: row.longDescription,
    instructor_id: row.instructorId,
    category: row.category,
    level: row.level,
    language: row.language,
    price: toMoney(row.price),
    currency: row.currency,
    max_students: row.maxStudents,
    prerequisites: row.prerequisites,
    learning_objectives: row.learningObjectives,
    status: row.status,
    published_at: isoOrNull(row.publishedAt),
    thumbnail_url: row.thumbnailUrl,
    video_preview_url: row.videoPreviewUrl,
    duration_hours: row.durationHours === null ? null : Number(row.durationHours),
    created_at: row.createdAt.toISOString(),
    updated_at: isoOrNull(row.updatedAt),
  }
}

/** A catalog item of a row. */
export function courseListItemView(row: CourseListRow) {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    description: row.description,
    instructor_id: row.instructorId,
    category: row.category,
    level: row.level,
    price: toMoney(row.price),
    currency: row.currency,
    status: row.status,
    thumbnail_url: row.thumbnailUrl,
    published_at: isoOrNull(row.publishedAt),
  }
}
