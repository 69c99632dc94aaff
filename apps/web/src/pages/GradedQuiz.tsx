import type { ResponseOf } from '@smartcourse/api-client'
import { type FormEvent, useState } from 'react'
import { api, unwrap } from '../lib/api'
import { useAction, useQuery } from '../lib/hooks'
import { answersPayload, chooseOption, type Draft, typeAnswer } from '../lib/quiz'
import { ErrorNotice, Loading, Notice } from '../ui'

type Attempt = ResponseOf<'/api/v1/progress/quizzes/{quiz_id}/attempts', 'post'>
type Question = Attempt['questions'][number]

interface QuizSettings {
  pass_mark: number
  max_attempts: number | null
  time_limit_minutes: number | null
}

/** A quiz with questions: started, answered and graded by the platform. */
export function GradedQuiz(props: {
  enrollmentId: number
  quizId: number
  settings: QuizSettings | null
  bestScore: number | undefined
  canRecord: boolean
  onGraded: () => void
}) {
  const { enrollmentId, quizId } = props
  // An attempt still open (e.g. after a reload) is resumed rather than a new one started.
  const previous = useQuery(
    () =>
      unwrap(
        api.GET('/api/v1/progress/{enrollment_id}/attempts', {
          params: { path: { enrollment_id: enrollmentId }, query: { quiz_id: quizId } },
        }),
      ),
    [enrollmentId, quizId],
  )
  const [attempt, setAttempt] = useState<Attempt | undefined>()
  const [result, setResult] = useState<Attempt | undefined>()
  const [draft, setDraft] = useState<Draft>({})
  const open = attempt ?? [...(previous.data ?? [])].reverse().find((entry) => entry.status === 'in_progress')

  const start = useAction(async () => {
    submit.setError(undefined)
    const started = await unwrap(
      api.POST('/api/v1/progress/quizzes/{quiz_id}/attempts', {
        params: { path: { quiz_id: quizId } },
        body: { enrollment_id: enrollmentId },
      }),
    )
    setDraft({})
    setResult(undefined)
    setAttempt(started)
  })
  const submit = useAction(async (event: FormEvent) => {
    event.preventDefault()
    if (!open) return
    try {
      const graded = await unwrap(
        api.POST('/api/v1/progress/quizzes/{quiz_id}/attempts/{attempt_id}/submit', {
          params: { path: { quiz_id: quizId, attempt_id: open.attempt_id } },
          body: { answers: answersPayload(open.questions, draft) },
        }),
      )
      setResult(graded)
      setAttempt(undefined)
      previous.reload()
      props.onGraded()
    } catch (error) {
      // A closed attempt cannot be submitted again: the learner starts a new one.
      const code = (error as { code?: string }).code
      if (code === 'ATTEMPT_EXPIRED' || code === 'ATTEMPT_ALREADY_SUBMITTED') {
        setAttempt(undefined)
        previous.reload()
      }
      throw error
    }
  })

  const settings = props.settings
  const used = previous.data?.filter((entry) => entry.status !== 'in_progress').length ?? 0
  return (
    <section className="quiz-form graded-quiz" aria-label="Quiz">
      <p>
        This quiz is graded by the platform.
        {settings ? ` A score of ${settings.pass_mark} % or more passes.` : ''}
        {settings?.max_attempts ? ` ${settings.max_attempts} attempts allowed (${used} used).` : ''}
        {settings?.time_limit_minutes ? ` Time limit: ${settings.time_limit_minutes} min.` : ''} Your best
        score is kept.
        {props.bestScore !== undefined ? <strong> Best so far: {props.bestScore}.</strong> : null}
      </p>
      {result ? <AttemptResult attempt={result} /> : null}
      <ErrorNotice error={submit.error} />
      <ErrorNotice error={start.error} />
      {previous.loading && !previous.data ? <Loading label="Loading your attempts…" /> : null}
      {open ? (
        <form onSubmit={submit.execute}>
          {open.expires_at ? (
            <p className="muted">Submit before {new Date(open.expires_at).toLocaleTimeString()}.</p>
          ) : null}
          <ol className="questions">
            {open.questions.map((question) => (
              <li key={question.question_id}>
                <QuestionInput question={question} draft={draft} onChange={setDraft} />
              </li>
            ))}
          </ol>
          <button type="submit" className="button" disabled={!props.canRecord || submit.pending}>
            {submit.pending ? 'Submitting…' : 'Submit answers'}
          </button>
        </form>
      ) : previous.data || previous.error ? (
        <button
          type="button"
          className="button"
          disabled={!props.canRecord || start.pending}
          onClick={() => start.execute()}
        >
          {start.pending ? 'Starting…' : result || used > 0 ? 'Start a new attempt' : 'Start attempt'}
        </button>
      ) : null}
    </section>
  )
}

function QuestionInput({
  question,
  draft,
  onChange,
}: {
  question: Question
  draft: Draft
  onChange: (draft: Draft) => void
}) {
  const name = `question-${question.question_id}`
  const entry = draft[question.question_id]
  const points = `${question.points} point${question.points === 1 ? '' : 's'}`
  if (question.type === 'numeric' || question.type === 'short_text') {
    return (
      <label className="question">
        <span className="question-text">
          {question.text} <small className="muted">({points})</small>
        </span>
        <input
          name={name}
          type={question.type === 'numeric' ? 'number' : 'text'}
          step={question.type === 'numeric' ? 'any' : undefined}
          value={entry?.text ?? ''}
          onChange={(event) => onChange(typeAnswer(draft, question, event.target.value))}
        />
      </label>
    )
  }
  const multiple = question.type === 'multiple_choice'
  return (
    <fieldset className="question">
      <legend className="question-text">
        {question.text}{' '}
        <small className="muted">({multiple ? `choose all that apply, ${points}` : points})</small>
      </legend>
      {(question.options ?? []).map((option) => (
        <label key={option.option_id} className="option">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={option.option_id}
            checked={entry?.option_ids?.includes(option.option_id) ?? false}
            onChange={(event) =>
              onChange(chooseOption(draft, question, option.option_id, event.target.checked))
            }
          />{' '}
          {option.text}
        </label>
      ))}
    </fieldset>
  )
}

function AttemptResult({ attempt }: { attempt: Attempt }) {
  const questions = new Map(attempt.questions.map((question) => [question.question_id, question]))
  return (
    <Notice kind={attempt.passed ? 'success' : 'warning'}>
      <strong>
        Score: {attempt.score ?? 0} % — {attempt.passed ? 'passed' : 'not passed'}
      </strong>{' '}
      ({attempt.points ?? 0} of {attempt.max_points} points; {attempt.pass_mark} % passes)
      {attempt.feedback ? (
        <ul className="feedback">
          {attempt.feedback.map((item) => {
            const question = questions.get(item.question_id)
            const correct = item.correct_option_ids
              ?.map((id) => question?.options?.find((option) => option.option_id === id)?.text ?? id)
              .join(', ')
            const expected = correct ?? item.accepted_answers?.join(' / ') ?? item.value
            return (
              <li key={item.question_id}>
                {item.is_correct ? '✓' : '✗'} {question?.text} — {item.points_awarded}/{item.max_points}
                {!item.is_correct && expected !== null && expected !== undefined ? (
                  <span> · Correct answer: {expected}</span>
                ) : null}
                {item.explanation ? <span className="muted"> · {item.explanation}</span> : null}
              </li>
            )
          })}
        </ul>
      ) : null}
    </Notice>
  )
}
