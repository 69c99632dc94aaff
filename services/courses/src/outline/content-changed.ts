import { type CourseContentChangedPayload, EventTypes } from '@smartcourse/contracts'
import type { Executor, Outbox } from '@smartcourse/service-kit'

/**
 * Announces that a course's outline changed (course.content_changed), so copies of it kept by
 * other services (progress-service's cache) are dropped. Course rows publish in the transaction
 * of the change; content lives in its own store (MongoDB or jsonb), so a content write publishes
 * right after it succeeded (a crash between the two leaves the copies to their time-to-live).
 */
export function createContentChangeAnnouncer(db: Executor, outbox: Pick<Outbox, 'publish' | 'nudge'>) {
  return {
    /** Writes the event with the caller's transaction; the caller nudges after the commit. */
    async inTransaction(tx: Executor, courseId: number) {
      const payload: CourseContentChangedPayload = { course_id: courseId }
      await outbox.publish(tx, EventTypes.courseContentChanged, payload)
    },
    /** Writes the event on its own and nudges the relay. */
    async announce(courseId: number) {
      const payload: CourseContentChangedPayload = { course_id: courseId }
      await outbox.publish(db, EventTypes.courseContentChanged, payload)
      void outbox.nudge()
    },
  }
}

export type ContentChangeAnnouncer = ReturnType<typeof createContentChangeAnnouncer>
