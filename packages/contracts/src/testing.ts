import { NotFoundError, ServiceUnavailableError } from '@smartcourse/service-kit'
import type { CourseOutline, CoursesClient } from './courses.js'

/** A CoursesClient backed by a map; `down` makes every call fail like an unreachable peer. */
export function createFakeCourses() {
  const outlines = new Map<number, CourseOutline>()
  const state = { down: false, calls: 0 }
  const client: CoursesClient = {
    async findOutline(courseId) {
      state.calls += 1
      if (state.down) throw new ServiceUnavailableError('course-service is unavailable')
      const outline = outlines.get(courseId)
      return outline && structuredClone(outline)
    },
    async getOutline(courseId) {
      const outline = await client.findOutline(courseId)
      if (!outline) throw new NotFoundError(`Course ${courseId} not found`)
      return outline
    },
  }
  return { client, outlines, state }
}
