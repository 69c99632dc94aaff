import { describe, expect, it } from 'vitest'
import { assessmentOf } from './assessment.js'

const quiz = (id: number, mandatory = true) => ({
  lesson_id: id,
  module_id: 1,
  type: 'quiz' as const,
  is_mandatory: mandatory,
})
const text = { lesson_id: 9, module_id: 1, type: 'text' as const, is_mandatory: true }

describe('assessmentOf', () => {
  it('is none without a quiz that counts', () => {
    expect(assessmentOf([text], {}, [])).toBe('none')
    expect(assessmentOf([text, quiz(2, false)], {}, [])).toBe('none')
  })

  it('is graded when every counted quiz was graded by the platform', () => {
    expect(assessmentOf([text, quiz(2), quiz(3, false)], { 2: 90 }, [])).toBe('graded')
  })

  it('is self_reported when any counted best score was reported by the learner', () => {
    expect(assessmentOf([quiz(2), quiz(3)], { 2: 90, 3: 70 }, [3])).toBe('self_reported')
    expect(assessmentOf([quiz(2), quiz(3, false)], { 2: 90, 3: 70 }, [3])).toBe('self_reported')
  })
})
