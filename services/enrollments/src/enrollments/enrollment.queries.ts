import type { CoursesClient } from '@smartcourse/contracts'
import { type Actor, ForbiddenError, isAdmin, NotFoundError } from '@smartcourse/service-kit'
import type { EnrollmentRow, EnrollmentStatus } from '../db/tables.js'
import type { EnrollmentRepository } from './enrollment.repository.js'

export interface PageRequest<S> {
  page: number
  page_size: number
  status?: S
}

/** What enrollments people may see: one, a student's own list, a course's roster, a history. */
export function createEnrollmentQueries(deps: { repository: EnrollmentRepository; courses: CoursesClient }) {
  const { repository, courses } = deps

  async function getEnrollment(id: number) {
    const row = await repository.findById(id)
    if (!row) throw new NotFoundError(`Enrollment ${id} not found`)
    return row
  }

  async function isCourseInstructor(actor: Actor, courseId: number) {
    if (actor.role !== 'instructor') return false
    const outline = await courses.findOutline(courseId)
    return outline?.instructor_id === actor.id
  }

  /** The enrollment, if the actor is its student, the course's instructor or an admin. */
  async function getVisible(actor: Actor, id: number) {
    const row = await getEnrollment(id)
    if (isAdmin(actor) || row.studentId === actor.id || (await isCourseInstructor(actor, row.courseId))) {
      return row
    }
    throw new ForbiddenError('You may not see this enrollment')
  }

  /** Current course titles from course-service; a course it cannot answer for keeps no entry. */
  async function currentTitles(courseIds: number[]) {
    const titles = new Map<number, string>()
    await Promise.all(
      [...new Set(courseIds)].map(async (courseId) => {
        const outline = await courses.findOutline(courseId).catch(() => undefined)
        if (outline) titles.set(courseId, outline.title)
      }),
    )
    return titles
  }

  /**
   * The student's enrollments with each course's current title; the title stored at enroll
   * time stands in only when course-service cannot answer, so the list never fails for it.
   */
  async function listMine(actor: Actor, query: PageRequest<EnrollmentStatus>) {
    const { rows, total } = await repository.listByStudent(
      actor.id,
      query.status,
      query.page,
      query.page_size,
    )
    const titles = await currentTitles(rows.map((row) => row.courseId))
    return {
      rows: rows.map((row) => ({ ...row, courseTitle: titles.get(row.courseId) ?? row.courseTitle })),
      total,
    }
  }

  async function listRoster(actor: Actor, query: PageRequest<EnrollmentStatus> & { course_id: number }) {
    if (!isAdmin(actor)) {
      const outline = await courses.getOutline(query.course_id)
      if (outline.instructor_id !== actor.id) {
        throw new ForbiddenError("Only the course's instructor or an admin may see its roster")
      }
    }
    return repository.listByCourse(query.course_id, query.status, query.page, query.page_size)
  }

  async function history(actor: Actor, id: number) {
    await getVisible(actor, id)
    return repository.listHistory(id)
  }

  /** The rows with their waitlist positions (null unless waitlisted), for the responses. */
  async function withPositions<R extends EnrollmentRow>(rows: R[]) {
    const positions = await repository.waitlistPositions(rows)
    return rows.map((row) => ({ ...row, waitlistPosition: positions.get(row.id) ?? null }))
  }

  return { getEnrollment, getVisible, listMine, listRoster, history, withPositions }
}

export type EnrollmentQueries = ReturnType<typeof createEnrollmentQueries>
