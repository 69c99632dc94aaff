import type { QuizQuestion, QuizStats } from '@smartcourse/contracts'
import type { QuizAttemptRow } from '../db/tables.js'
import type { QuestionResult } from './quiz-grading.js'

const round2 = (value: number) => Math.round((value + Number.EPSILON) * 100) / 100
const round4 = (value: number) => Math.round((value + Number.EPSILON) * 10_000) / 10_000

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : round2((sorted[middle - 1]! + sorted[middle]!) / 2)
}

/**
 * What an instructor learns from the submitted attempts of one quiz (all versions): pass rate,
 * average and median score, and per question (by id) the share
 * answered fully correctly and the wrong option chosen most often.
 */
export function quizStats(quizId: number, rows: QuizAttemptRow[]): QuizStats {
  const scores = rows.map((row) => Number(row.score)).sort((a, b) => a - b)
  const perQuestion = new Map<
    number,
    { answered: number; correct: number; wrong: Map<string, { text: string; count: number }> }
  >()
  for (const row of rows) {
    const questions = new Map((row.questions as QuizQuestion[]).map((q) => [q.question_id, q]))
    for (const result of row.results as QuestionResult[]) {
      const entry = perQuestion.get(result.question_id) ?? { answered: 0, correct: 0, wrong: new Map() }
      perQuestion.set(result.question_id, entry)
      entry.answered += 1
      if (result.is_correct) entry.correct += 1
      const options = questions.get(result.question_id)?.options ?? []
      for (const optionId of result.answer?.option_ids ?? []) {
        const option = options.find((o) => o.option_id === optionId)
        if (!option || option.is_correct) continue
        const counted = entry.wrong.get(optionId) ?? { text: option.text, count: 0 }
        counted.count += 1
        entry.wrong.set(optionId, counted)
      }
    }
  }
  return {
    quiz_id: quizId,
    attempts: rows.length,
    students: new Set(rows.map((row) => row.enrollmentId)).size,
    pass_rate: rows.length === 0 ? null : round4(rows.filter((row) => row.passed).length / rows.length),
    average_score: rows.length === 0 ? null : round2(scores.reduce((sum, s) => sum + s, 0) / scores.length),
    median_score: median(scores),
    questions: [...perQuestion.entries()]
      .sort(([a], [b]) => a - b)
      .map(([questionId, entry]) => {
        const [wrongId, wrong] = [...entry.wrong.entries()].sort(
          ([idA, a], [idB, b]) => b.count - a.count || idA.localeCompare(idB),
        )[0] ?? [undefined, undefined]
        return {
          question_id: questionId,
          answered: entry.answered,
          correct_share: entry.answered === 0 ? null : round4(entry.correct / entry.answered),
          most_chosen_wrong_option:
            wrongId === undefined ? null : { option_id: wrongId, text: wrong!.text, count: wrong!.count },
        }
      }),
  }
}
