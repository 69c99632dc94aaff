import type { Executor } from '@smartcourse/service-kit'
import type { ProgressRow } from '../src/db/tables.js'
import { completionPercentage } from '../src/progress/progress.calculator.js'
import {
  OwnersMustConfirm,
  type ProgressChange,
  type ProgressRepository,
} from '../src/progress/progress.repository.js'
import type { ProgressStore } from '../src/progress/progress.service.js'

interface Tables {
  rows: ProgressRow[]
  completions: Array<{ progressId: number; lessonId: number; completedAt: Date }>
  scores: Array<{
    progressId: number
    lessonId: number
    bestScore: number
    graded: boolean
    attempts: number
  }>
  /** progress.updated as progress.record_change writes it to the outbox. */
  events: Array<{ type: string; payload: { completion_percentage: number; version: number } }>
}

/**
 * progress-service's tables in memory, with the repository's semantics (a change bumps the
 * version, a completion is kept once, the best score wins, a refused change keeps nothing). A
 * transaction works on a copy that replaces the tables only when it succeeds, so a write that
 * throws leaves nothing behind.
 */
export function createFakeProgressStore() {
  let tables: Tables = { rows: [], completions: [], scores: [], events: [] }
  let nextId = 1

  function repositoryOver(current: () => Tables, replace: (next: Tables) => void): ProgressRepository {
    const recorded = async (progressId: number) => {
      const t = current()
      const completed = t.completions
        .filter((c) => c.progressId === progressId)
        .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime() || a.lessonId - b.lessonId)
        .map((c) => c.lessonId)
      const scores = t.scores
        .filter((s) => s.progressId === progressId)
        .sort((a, b) => a.lessonId - b.lessonId)
        .map(({ lessonId, bestScore, graded }) => ({ lessonId, bestScore, graded }))
      return { completed, scores }
    }
    const create = (t: Tables, enrollment: ProgressChange['enrollment'], now: Date, version: number) => {
      const row: ProgressRow = {
        id: nextId++,
        enrollmentId: enrollment.id,
        studentId: enrollment.student_id,
        courseId: enrollment.course_id,
        timeSpentMinutes: 0,
        currentModuleId: null,
        currentLessonId: null,
        lastAccessedAt: now,
        version,
        createdAt: now,
        updatedAt: now,
      }
      t.rows.push(row)
      return row
    }
    const applyChange = (t: Tables, change: ProgressChange) => {
      const { enrollment, now, position, score } = change
      let row = t.rows.find((r) => r.enrollmentId === enrollment.id)
      if (row) row.version += 1
      else row = create(t, enrollment, now, 1)
      row.timeSpentMinutes += change.addMinutes ?? 0
      if (position) {
        row.currentModuleId = position.moduleId
        row.currentLessonId = position.lessonId
      }
      row.lastAccessedAt = now
      row.updatedAt = now
      const progressId = row.id
      const found =
        score && t.scores.find((s) => s.progressId === progressId && s.lessonId === score.lessonId)
      if (score && !found) t.scores.push({ progressId, ...score, bestScore: score.score, attempts: 1 })
      if (score && found) {
        if (score.score > found.bestScore) found.graded = score.graded
        else if (score.score === found.bestScore) found.graded ||= score.graded
        found.bestScore = Math.max(found.bestScore, score.score)
        found.attempts += 1
      }
      const lessonId = change.completes
      if (
        lessonId !== undefined &&
        !t.completions.some((c) => c.progressId === progressId && c.lessonId === lessonId)
      )
        t.completions.push({ progressId, lessonId, completedAt: now })
      return { ...row }
    }
    return {
      executor: {} as Executor,
      async findByEnrollment(enrollmentId) {
        return current().rows.find((row) => row.enrollmentId === enrollmentId)
      },
      async lockOrCreate(enrollment, now) {
        return (
          current().rows.find((row) => row.enrollmentId === enrollment.id) ??
          create(current(), enrollment, now, 0)
        )
      },
      async recordChange(change) {
        const next = structuredClone(current())
        const row = applyChange(next, change)
        const completed = new Set(
          next.completions.filter((c) => c.progressId === row.id).map((c) => c.lessonId),
        )
        const counted = change.countedLessonIds
        const percentage = completionPercentage(
          counted.filter((id) => completed.has(id)).length,
          counted.length,
        )
        if (change.refuseFull && percentage >= 100) throw new OwnersMustConfirm()
        next.events.push({
          type: change.event.type,
          payload: { ...change.event.payload, completion_percentage: percentage, version: row.version },
        })
        replace(next)
        return { row, ...(await recorded(row.id)) }
      },
      recorded,
    }
  }

  const store: ProgressStore = {
    repository: repositoryOver(
      () => tables,
      (next) => {
        tables = next
      },
    ),
    async transaction(work) {
      let copy = structuredClone(tables)
      const result = await work(
        repositoryOver(
          () => copy,
          (next) => {
            copy = next
          },
        ),
      )
      tables = copy
      return result
    },
  }
  return { store, tables: () => tables }
}
