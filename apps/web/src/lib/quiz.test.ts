import { describe, expect, it } from 'vitest'
import { type AttemptQuestion, answersPayload, chooseOption, typeAnswer } from './quiz'

const single: AttemptQuestion = { question_id: 1, type: 'single_choice' }
const multiple: AttemptQuestion = { question_id: 2, type: 'multiple_choice' }
const trueFalse: AttemptQuestion = { question_id: 3, type: 'true_false' }
const numeric: AttemptQuestion = { question_id: 4, type: 'numeric' }
const shortText: AttemptQuestion = { question_id: 5, type: 'short_text' }
const all = [single, multiple, trueFalse, numeric, shortText]

describe('graded quiz answers', () => {
  it('keeps one option for single choice and true/false, any number for multiple choice', () => {
    let draft = chooseOption({}, single, 'a', true)
    draft = chooseOption(draft, single, 'b', true)
    draft = chooseOption(draft, trueFalse, 'true', true)
    draft = chooseOption(draft, multiple, 'x', true)
    draft = chooseOption(draft, multiple, 'y', true)
    draft = chooseOption(draft, multiple, 'x', false)
    draft = chooseOption(draft, multiple, 'z', true)
    expect(answersPayload(all, draft)).toEqual([
      { question_id: 1, option_ids: ['b'] },
      { question_id: 2, option_ids: ['y', 'z'] },
      { question_id: 3, option_ids: ['true'] },
    ])
  })

  it('sends numbers as numbers, text trimmed, and leaves unanswered questions out', () => {
    let draft = typeAnswer({}, numeric, ' 3.5 ')
    draft = typeAnswer(draft, shortText, '  Paris ')
    draft = chooseOption(draft, multiple, 'x', true)
    draft = chooseOption(draft, multiple, 'x', false)
    expect(answersPayload(all, draft)).toEqual([
      { question_id: 4, value: 3.5 },
      { question_id: 5, value: 'Paris' },
    ])
    expect(answersPayload(all, typeAnswer({}, shortText, '   '))).toEqual([])
  })

  it('sends a numeric answer that is not a number as typed, for the API to explain', () => {
    expect(answersPayload([numeric], typeAnswer({}, numeric, 'three'))).toEqual([
      { question_id: 4, value: 'three' },
    ])
  })
})
