import { type FormEvent, useEffect, useMemo, useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { minutesSince } from '../lib/forms'
import { useAction, useQuery } from '../lib/hooks'
import { safeUrl } from '../lib/messages'
import { ErrorNotice, Loading, Notice, ProgressBar, StatusBadge } from '../ui'
import { GradedQuiz } from './GradedQuiz'
import { LessonBody } from './LessonBody'
import { LessonRecordForm } from './LessonRecordForm'

export function LearnPage() {
  const enrollmentId = Number(useParams().enrollmentId)
  const [params, setParams] = useSearchParams()
  const navigate = useNavigate()
  const enrollment = useQuery(
    () => unwrap(api.GET('/api/v1/enrollments/{id}', { params: { path: { id: enrollmentId } } })),
    [enrollmentId],
  )
  const courseId = enrollment.data?.course_id
  const data = useQuery(
    async () =>
      courseId === undefined
        ? undefined
        : Promise.all([
            unwrap(api.GET('/api/v1/courses/{id}', { params: { path: { id: courseId } } })),
            unwrap(api.GET('/api/v1/courses/{id}/content', { params: { path: { id: courseId } } })),
          ]),
    [courseId],
  )
  const progress = useQuery(
    () =>
      unwrap(
        api.GET('/api/v1/progress/{enrollment_id}', { params: { path: { enrollment_id: enrollmentId } } }),
      ),
    [enrollmentId],
  )

  const lessons = useMemo(
    () =>
      data.data?.[1].modules.flatMap((module) => module.lessons.map((lesson) => ({ module, lesson }))) ?? [],
    [data.data],
  )
  const completed = new Set(progress.data?.completed_lessons ?? [])
  const requested = Number(params.get('lesson'))
  const current =
    lessons.find((entry) => entry.lesson.lesson_id === requested) ??
    lessons.find((entry) => entry.lesson.lesson_id === progress.data?.current_lesson_id) ??
    lessons.find((entry) => !completed.has(entry.lesson.lesson_id)) ??
    lessons[0]

  // The resume point follows what the learner opens.
  const currentId = current?.lesson.lesson_id
  const currentModule = current?.module.module_id
  const active = enrollment.data?.status === 'active'
  useEffect(() => {
    if (!active || currentId === undefined || currentModule === undefined) return
    if (progress.data?.current_lesson_id === currentId) return
    api
      .PUT('/api/v1/progress/{enrollment_id}/position', {
        params: { path: { enrollment_id: enrollmentId } },
        body: { module_id: currentModule, lesson_id: currentId },
      })
      .catch(() => undefined)
  }, [active, currentId, currentModule, enrollmentId, progress.data?.current_lesson_id])

  const drop = useAction(async () => {
    await unwrap(api.DELETE('/api/v1/enrollments/{id}', { params: { path: { id: enrollmentId } } }))
    navigate('/my-courses')
  })

  const error = enrollment.error ?? data.error ?? progress.error
  if (error) return <ErrorNotice error={error} />
  if (!enrollment.data || !data.data || !progress.data) return <Loading label="Opening the course…" />
  const [course] = data.data
  const index = lessons.findIndex((entry) => entry.lesson.lesson_id === currentId)
  const next = lessons[index + 1]

  return (
    <div className="learn-layout">
      <aside className="learn-side card" aria-label="Lessons">
        <h1 className="h3">{course.title}</h1>
        <ProgressBar value={progress.data.completion_percentage} label="Course progress" />
        <p className="muted">
          {progress.data.completed_lessons.length} of {progress.data.total_lessons} lessons ·{' '}
          {progress.data.time_spent_minutes} min spent
        </p>
        <nav>
          {data.data[1].modules.map((module) => (
            <div key={module.module_id} className="learn-module">
              <h2 className="h4">{module.title}</h2>
              <ul>
                {module.lessons.map((lesson) => {
                  const done = completed.has(lesson.lesson_id)
                  return (
                    <li key={lesson.lesson_id}>
                      <button
                        type="button"
                        className={`lesson-link${lesson.lesson_id === currentId ? ' current' : ''}`}
                        aria-current={lesson.lesson_id === currentId ? 'step' : undefined}
                        onClick={() => setParams({ lesson: String(lesson.lesson_id) })}
                      >
                        <span className={`tick${done ? ' done' : ''}`} aria-hidden="true">
                          {done ? '✓' : ''}
                        </span>
                        <span>{lesson.title}</span>
                        <span className="visually-hidden">{done ? ' (completed)' : ' (not completed)'}</span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </div>
          ))}
        </nav>
        {enrollment.data.status === 'active' ? (
          <>
            <button
              type="button"
              className="button button-danger button-ghost"
              disabled={drop.pending}
              onClick={() => {
                if (window.confirm('Drop this course? Your progress is kept if you enroll again.'))
                  drop.execute()
              }}
            >
              Drop this course
            </button>
            <ErrorNotice error={drop.error} />
          </>
        ) : null}
      </aside>
      <section className="learn-main">
        {enrollment.data.status === 'completed' || progress.data.completion_percentage >= 100 ? (
          <Notice kind="success">
            Course completed — well done! <Link to="/certificates">See your certificate</Link>
          </Notice>
        ) : null}
        {enrollment.data.status === 'pending_payment' ? (
          <Notice kind="warning">
            This course opens once your payment is confirmed.{' '}
            {safeUrl(enrollment.data.checkout_url) ? (
              <a href={safeUrl(enrollment.data.checkout_url) ?? undefined}>Complete payment</a>
            ) : null}
          </Notice>
        ) : enrollment.data.status !== 'active' && enrollment.data.status !== 'completed' ? (
          <Notice kind="warning">
            This enrollment is <StatusBadge status={enrollment.data.status} />: lessons cannot be marked
            complete.
          </Notice>
        ) : null}
        {current ? (
          <LessonPanel
            key={current.lesson.lesson_id}
            enrollmentId={enrollmentId}
            lesson={current.lesson}
            done={completed.has(current.lesson.lesson_id)}
            bestScore={progress.data.quiz_scores[String(current.lesson.lesson_id)]}
            canRecord={enrollment.data.status === 'active'}
            onRecorded={() => {
              progress.reload()
              enrollment.reload()
            }}
            onNext={next ? () => setParams({ lesson: String(next.lesson.lesson_id) }) : undefined}
          />
        ) : (
          <p>This course has no lessons yet.</p>
        )}
      </section>
    </div>
  )
}

interface Lesson {
  lesson_id: number
  title: string
  type: 'video' | 'text' | 'quiz' | 'assignment'
  content: string | null
  video_url: string | null
  description: string | null
  duration_minutes: number | null
  question_count: number
  quiz_settings: { pass_mark: number; max_attempts: number | null; time_limit_minutes: number | null } | null
}

function LessonPanel(props: {
  enrollmentId: number
  lesson: Lesson
  done: boolean
  bestScore: number | undefined
  canRecord: boolean
  onRecorded: () => void
  onNext?: () => void
}) {
  const { lesson } = props
  const [openedAt] = useState(() => Date.now())
  const [minutes, setMinutes] = useState('')
  const [score, setScore] = useState('')
  const complete = useAction(async (event: FormEvent) => {
    event.preventDefault()
    const spent = minutes.trim() === '' ? minutesSince(openedAt, Date.now()) : Number(minutes)
    await unwrap(
      api.POST('/api/v1/progress/lessons/{lesson_id}/complete', {
        params: { path: { lesson_id: lesson.lesson_id } },
        body: { enrollment_id: props.enrollmentId, time_spent_minutes: spent },
      }),
    )
    props.onRecorded()
  })
  const submitQuiz = useAction(async (event: FormEvent) => {
    event.preventDefault()
    const result = await unwrap(
      api.POST('/api/v1/progress/quizzes/{quiz_id}/submit', {
        params: { path: { quiz_id: lesson.lesson_id } },
        body: {
          enrollment_id: props.enrollmentId,
          score: score.trim() === '' ? ('' as never) : Number(score),
        },
      }),
    )
    props.onRecorded()
    return result
  })
  return (
    <article className="card lesson">
      <p className="muted">
        <span className={`lesson-type type-${lesson.type}`}>{lesson.type}</span>
        {lesson.duration_minutes ? ` · ${lesson.duration_minutes} min` : ''}
        {props.done ? <span className="tag tag-done">✓ completed</span> : null}
      </p>
      <h2>{lesson.title}</h2>
      <LessonBody lesson={lesson} />
      {lesson.type === 'quiz' && lesson.question_count > 0 ? (
        <GradedQuiz
          enrollmentId={props.enrollmentId}
          quizId={lesson.lesson_id}
          settings={lesson.quiz_settings}
          bestScore={props.bestScore}
          canRecord={props.canRecord}
          onGraded={props.onRecorded}
        />
      ) : lesson.type === 'quiz' ? (
        <LessonRecordForm
          className="quiz-form"
          action={submitQuiz}
          field={{ label: 'Your score', name: 'score', max: 100 }}
          value={score}
          onChange={setScore}
          disabled={!props.canRecord}
          busy="Submitting…"
          submit="Submit score"
        >
          <p>
            This quiz is graded outside the platform: take it, then record your score (0–100). A score of 60
            or more passes; your best score is kept.
            {props.bestScore !== undefined ? <strong> Best so far: {props.bestScore}.</strong> : null}
          </p>
        </LessonRecordForm>
      ) : (
        <LessonRecordForm
          className="complete-form"
          action={complete}
          field={{
            label: 'Time spent (minutes)',
            name: 'time_spent_minutes',
            max: 1440,
            placeholder: 'measured for you',
          }}
          value={minutes}
          onChange={setMinutes}
          disabled={!props.canRecord}
          busy="Saving…"
          submit={props.done ? 'Completed ✓ (add time)' : 'Mark as complete'}
        />
      )}
      {props.onNext ? (
        <p className="next-lesson">
          <button type="button" className="button button-ghost" onClick={props.onNext}>
            Next lesson →
          </button>
        </p>
      ) : null}
    </article>
  )
}
