import type { Executor, Outbox } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { type EventPayloads, EventTypes } from './events.js'

describe('an outbox typed by EventPayloads', () => {
  it("takes each event's own payload and refuses another's (the @ts-expect-error lines fail typecheck otherwise)", async () => {
    const published: Array<[string, unknown]> = []
    const outbox: Pick<Outbox<EventPayloads>, 'publish'> = {
      async publish(_executor, type, payload) {
        published.push([type, payload])
        return randomId()
      },
    }
    const tx = {} as Executor
    await outbox.publish(tx, EventTypes.userDeleted, { user_id: 1 })
    // @ts-expect-error a course.capacity_changed payload is not a user.deleted one
    await outbox.publish(tx, EventTypes.userDeleted, { course_id: 1, max_students: null })
    // @ts-expect-error enrollment.completed needs completed_at
    await outbox.publish(tx, EventTypes.enrollmentCompleted, {
      enrollment_id: 1,
      student_id: 2,
      course_id: 3,
    })
    // @ts-expect-error a type outside the map
    await outbox.publish(tx, 'user.renamed', { user_id: 1 })
    expect(published.map(([type]) => type)).toEqual([
      'user.deleted',
      'user.deleted',
      'enrollment.completed',
      'user.renamed',
    ])
  })
})

function randomId() {
  return crypto.randomUUID()
}
