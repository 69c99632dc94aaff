import type { CourseOutline } from '@smartcourse/contracts'
import { describe, expect, it } from 'vitest'
import { completionPercentage, measureProgress, round2 } from './progress.calculator.js'

function outline(lessons: CourseOutline['lessons'], modules = [1, 2]): CourseOutline {
  return {
    course_id: 1,
    status: 'published',
    instructor_id: 2,
    title: 'T',
    price: '0.00',
    max_students: null,
    modules: modules.map((id) => ({ module_id: id, title: `M${id}` })),
    lessons,
  }
}

const lesson = (id: number, moduleId: number, mandatory = true, type: 'text' | 'quiz' = 'text') => ({
  lesson_id: id,
  module_id: moduleId,
  type,
  is_mandatory: mandatory,
})

describe('measureProgress', () => {
  it('counts mandatory lessons for the percentage and all lessons for the totals', () => {
    const course = outline([lesson(1, 1), lesson(2, 1), lesson(3, 2), lesson(4, 2, false)])
    expect(measureProgress(course, [1, 4], [])).toMatchObject({
      completionPercentage: 33.33,
      completedLessons: [1, 4],
      totalLessons: 4,
      totalModules: 2,
    })
    expect(measureProgress(course, [1, 2], []).completionPercentage).toBe(66.67)
    expect(measureProgress(course, [1, 2, 3], []).completionPercentage).toBe(100)
  })

  it('ignores completions and scores of lessons no longer in the outline', () => {
    const course = outline([lesson(1, 1), lesson(2, 1, true, 'quiz')])
    const measure = measureProgress(
      course,
      [1, 9],
      [
        { lessonId: 2, bestScore: 50 },
        { lessonId: 8, bestScore: 100 },
      ],
    )
    expect(measure).toMatchObject({ completedLessons: [1], quizScores: { '2': 50 }, averageQuizScore: 50 })
  })

  it('completes a module with its mandatory lessons, an optional-only module with all of its lessons', () => {
    const course = outline(
      [lesson(1, 1), lesson(2, 1, false), lesson(3, 2, false), lesson(4, 2, false)],
      [1, 2, 3],
    )
    expect(measureProgress(course, [1], []).completedModules).toEqual([1, 3])
    expect(measureProgress(course, [1, 3], []).completedModules).toEqual([1, 3])
    expect(measureProgress(course, [1, 3, 4], []).completedModules).toEqual([1, 2, 3])
  })

  it('lists passed quizzes and averages best scores to two decimals', () => {
    const course = outline([
      lesson(1, 1, true, 'quiz'),
      lesson(2, 1, true, 'quiz'),
      lesson(3, 2, true, 'quiz'),
    ])
    const measure = measureProgress(
      course,
      [1, 3],
      [
        { lessonId: 1, bestScore: 90 },
        { lessonId: 2, bestScore: 40 },
        { lessonId: 3, bestScore: 70.5 },
      ],
    )
    expect(measure.completedQuizzes).toEqual([1, 3])
    expect(measure.averageQuizScore).toBe(66.83)
  })

  it('answers 0 % for a course without lessons', () => {
    expect(measureProgress(outline([], []), [], [])).toMatchObject({
      completionPercentage: 0,
      averageQuizScore: null,
    })
  })

  it('rounds half up at two decimals', () => {
    expect(round2((1 / 3) * 100)).toBe(33.33)
    expect(round2((2 / 3) * 100)).toBe(66.67)
    expect(round2((1 / 8) * 100)).toBe(12.5)
  })

  it('computes the completion percentage exactly, half up, as record_change does in SQL', () => {
    expect([completionPercentage(1, 7), completionPercentage(2, 3), completionPercentage(0, 0)]).toEqual([
      14.29, 66.67, 0,
    ])
    // 1/32 = 3.125 %, 1/160 = 0.625 %: halves round up, like PostgreSQL's round(numeric, 2).
    expect([completionPercentage(1, 32), completionPercentage(1, 160), completionPercentage(5, 5)]).toEqual([
      3.13, 0.63, 100,
    ])
  })
})
