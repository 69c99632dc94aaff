import { describe, expect, it } from 'vitest'
import { gradeEnrollment, letterGrade } from './grading.js'

type Lesson = {
  lesson_id: number
  module_id: number
  type: 'video' | 'text' | 'quiz' | 'assignment'
  is_mandatory: boolean
}
const quiz = (id: number, isMandatory = true): Lesson => ({
  lesson_id: id,
  module_id: 1,
  type: 'quiz',
  is_mandatory: isMandatory,
})
const video = (id: number): Lesson => ({ lesson_id: id, module_id: 1, type: 'video', is_mandatory: true })

describe('letterGrade', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89.99, 'B'],
    [80, 'B'],
    [79.99, 'C'],
    [70, 'C'],
    [69.99, 'D'],
    [60, 'D'],
    [59.99, 'F'],
    [0, 'F'],
  ])('gives %d the grade %s', (average, grade) => {
    expect(letterGrade(average)).toBe(grade)
  })
})

describe('gradeEnrollment', () => {
  it('answers Pass and a null score when the course has no quizzes', () => {
    expect(gradeEnrollment([video(1), video(2)], {})).toEqual({ grade: 'Pass', scorePercentage: null })
  })

  it('averages the best scores of the quizzes, rounded to two decimals', () => {
    const result = gradeEnrollment([quiz(1), video(2), quiz(3), quiz(4)], { '1': 100, '3': 90, '4': 85 })
    expect(result).toEqual({ grade: 'A', scorePercentage: 91.67 })
  })

  it('counts a mandatory quiz that was never submitted as 0', () => {
    expect(gradeEnrollment([quiz(1), quiz(2)], { '1': 90 })).toEqual({ grade: 'F', scorePercentage: 45 })
  })

  it('ignores an optional quiz that was never submitted but counts one that was', () => {
    expect(gradeEnrollment([quiz(1), quiz(2, false)], { '1': 84 })).toEqual({
      grade: 'B',
      scorePercentage: 84,
    })
    expect(gradeEnrollment([quiz(1), quiz(2, false)], { '1': 84, '2': 64 })).toEqual({
      grade: 'C',
      scorePercentage: 74,
    })
  })

  it('answers Pass when the only quizzes are optional ones nobody took', () => {
    expect(gradeEnrollment([quiz(1, false), video(2)], {})).toEqual({ grade: 'Pass', scorePercentage: null })
  })

  it('ignores scores of lessons that are no longer quizzes of the outline', () => {
    expect(gradeEnrollment([quiz(1)], { '1': 70, '99': 0 })).toEqual({ grade: 'C', scorePercentage: 70 })
  })

  it('takes the letter from the rounded average', () => {
    // 89.996 rounds to 90.00, which reads as an A
    const result = gradeEnrollment([quiz(1), quiz(2), quiz(3)], { '1': 89.99, '2': 89.999, '3': 90 })
    expect(result.scorePercentage).toBe(90)
    expect(result.grade).toBe('A')
  })

  it('gives D at exactly 60 and F just below', () => {
    expect(gradeEnrollment([quiz(1)], { '1': 60 }).grade).toBe('D')
    expect(gradeEnrollment([quiz(1), quiz(2)], { '1': 60, '2': 59.98 }).grade).toBe('F')
  })
})
