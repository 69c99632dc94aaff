import type { Executor } from '@smartcourse/service-kit'
import type { ProgressRow } from '../src/db/tables.js'
import type { ProgressChanges, ProgressRepository } from '../src/progress/progress.repository.js'
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
}

/**
 * progress-service's tables in memory, with the repository's semantics (upsert bumps the
 * version, a completion is kept once, the best score wins). A transaction works on a copy that
 * replaces the tables only when it succeeds, so a write that throws leaves nothing behind.
 */
export function createFakeProgressStore() {
  let tables: Tables = { rows: [], completions: [], scores: [] }
  let nextId = 1

  function repositoryOver(current: () => Tables): ProgressRepository {
    const recorded = async (progressId: number, complete?: { lessonId: number; at: Date }) => {
      const t = current()
      if (
        complete &&
        !t.completions.some((c) => c.progressId === progressId && c.lessonId === complete.lessonId)
      )
        t.completions.push({ progressId, lessonId: complete.lessonId, completedAt: complete.at })
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
    const create = (enrollment: { id: number; student_id: number; course_id: number }, now: Date) => {
      const row: ProgressRow = {
        id: nextId++,
        enrollmentId: enrollment.id,
        studentId: enrollment.student_id,
        courseId: enrollment.course_id,
        timeSpentMinutes: 0,
        currentModuleId: null,
        currentLessonId: null,
        lastAccessedAt: now,
        version: 0,
        createdAt: now,
        updatedAt: now,
      }
      current().rows.push(row)
      return row
    }
    return {
      executor: {} as Executor,
      async findByEnrollment(enrollmentId) {
        return current().rows.find((row) => row.enrollmentId === enrollmentId)
      },
      async lockOrCreate(enrollment, now) {
        return current().rows.find((row) => row.enrollmentId === enrollment.id) ?? create(enrollment, now)
      },
      async upsertTouched(enrollment, changes: ProgressChanges, now) {
        const row = current().rows.find((r) => r.enrollmentId === enrollment.id) ?? create(enrollment, now)
        row.timeSpentMinutes += changes.addMinutes ?? 0
        if (changes.currentModuleId !== undefined) row.currentModuleId = changes.currentModuleId
        if (changes.currentLessonId !== undefined) row.currentLessonId = changes.currentLessonId
        row.lastAccessedAt = now
        row.updatedAt = now
        row.version += 1
        return { ...row }
      },
      async addCompletion(progressId, lessonId, completedAt) {
        await recorded(progressId, { lessonId, at: completedAt })
      },
      async recordScore(progressId, lessonId, score, _submittedAt, source) {
        const found = current().scores.find((s) => s.progressId === progressId && s.lessonId === lessonId)
        if (!found) {
          current().scores.push({
            progressId,
            lessonId,
            bestScore: score,
            graded: source.graded,
            attempts: 1,
          })
          return
        }
        if (score > found.bestScore) found.graded = source.graded
        else if (score === found.bestScore) found.graded ||= source.graded
        found.bestScore = Math.max(found.bestScore, score)
        found.attempts += 1
      },
      recorded,
      async completedLessonIds(progressId) {
        return (await recorded(progressId)).completed
      },
      async scores(progressId) {
        return (await recorded(progressId)).scores
      },
    }
  }

  const store: ProgressStore = {
    repository: repositoryOver(() => tables),
    async transaction(work) {
      const copy = structuredClone(tables)
      const result = await work(repositoryOver(() => copy))
      tables = copy
      return result
    },
  }
  return { store, tables: () => tables }
}
