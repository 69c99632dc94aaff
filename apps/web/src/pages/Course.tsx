import type { ApiError } from '@smartcourse/api-client'
import type { FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { useAuth } from '../auth'
import { api, unwrap } from '../lib/api'
import { useAction, useQuery } from '../lib/hooks'
import { enrollMessage, formatPrice, safeUrl } from '../lib/messages'
import { ErrorNotice, Loading, StatusBadge } from '../ui'
import { LessonBody } from './LessonBody'

export function CoursePage() {
  const id = Number(useParams().id)
  const course = useQuery(() => unwrap(api.GET('/api/v1/courses/{id}', { params: { path: { id } } })), [id])
  const content = useQuery(
    () => unwrap(api.GET('/api/v1/courses/{id}/content', { params: { path: { id } } })),
    [id],
  )
  const instructorId = course.data?.instructor_id
  const instructor = useQuery(
    async () =>
      instructorId === undefined
        ? undefined
        : Promise.all([
            unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id: instructorId } } })),
            unwrap(
              api.GET('/api/v1/users/{id}/instructor-profile', { params: { path: { id: instructorId } } }),
            ).catch(() => undefined),
          ]),
    [instructorId],
  )

  if (course.error) return <ErrorNotice error={course.error} />
  if (!course.data) return <Loading label="Loading the course…" />
  const c = course.data
  const [person, profile] = instructor.data ?? []
  return (
    <div className="course-layout">
      <article className="course-main">
        <p className="breadcrumbs">
          <Link to="/">Catalog</Link> / {c.category ?? 'Course'}
        </p>
        <h1>{c.title}</h1>
        <p className="lead">{c.description}</p>
        <div className="meta">
          {c.level ? <span className={`level level-${c.level}`}>{c.level}</span> : null}
          {c.status !== 'published' ? <StatusBadge status={c.status} /> : null}
          <span>{c.language}</span>
          {content.data ? (
            <span>
              {content.data.total_modules} modules · {content.data.total_lessons} lessons
              {content.data.total_duration_minutes ? ` · ${content.data.total_duration_minutes} min` : ''}
            </span>
          ) : null}
        </div>
        {c.long_description ? <p className="prose">{c.long_description}</p> : null}
        {c.learning_objectives ? (
          <>
            <h2>What you will learn</h2>
            <p className="prose">{c.learning_objectives}</p>
          </>
        ) : null}
        <h2>Outline</h2>
        <ErrorNotice error={content.error} />
        {content.loading && !content.data ? <Loading label="Loading the outline…" /> : null}
        <ol className="outline">
          {content.data?.modules.map((module) => (
            <li key={module.module_id} className="card outline-module">
              <h3>{module.title}</h3>
              {module.description ? <p className="muted">{module.description}</p> : null}
              <ol className="outline-lessons">
                {module.lessons.map((lesson) => (
                  <li key={lesson.lesson_id}>
                    {lesson.content !== null || lesson.video_url !== null ? (
                      <details>
                        <summary>
                          <span className={`lesson-type type-${lesson.type}`}>{lesson.type}</span>{' '}
                          {lesson.title}
                          {lesson.is_preview ? <span className="tag">preview</span> : null}
                        </summary>
                        <LessonBody lesson={lesson} />
                      </details>
                    ) : (
                      <span>
                        <span className={`lesson-type type-${lesson.type}`}>{lesson.type}</span>{' '}
                        {lesson.title}
                        {lesson.duration_minutes ? (
                          <small className="muted"> · {lesson.duration_minutes} min</small>
                        ) : null}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </article>
      <aside className="course-side">
        <div className="card">
          <p className="price price-large">{formatPrice(c.price, c.currency)}</p>
          {c.max_students ? <p className="muted">At most {c.max_students} students</p> : null}
          <EnrollBox courseId={c.id} price={c.price} instructorId={c.instructor_id} />
        </div>
        <div className="card">
          <h2 className="h3">Your instructor</h2>
          {person ? (
            <>
              <p className="instructor-name">
                {[person.first_name, person.last_name].filter(Boolean).join(' ') || person.username}
              </p>
              {profile?.specialization ? <p className="muted">{profile.specialization}</p> : null}
              {profile?.bio || person.bio ? <p>{profile?.bio ?? person.bio}</p> : null}
              {profile ? (
                <p className="muted">
                  {profile.total_courses} courses · {profile.total_students} students
                </p>
              ) : null}
            </>
          ) : instructor.error ? (
            <ErrorNotice error={instructor.error} />
          ) : (
            <Loading />
          )}
        </div>
      </aside>
    </div>
  )
}

function EnrollBox({
  courseId,
  price,
  instructorId,
}: {
  courseId: number
  price: string
  instructorId: number
}) {
  const { user } = useAuth()
  const navigate = useNavigate()
  const paid = Number(price) > 0
  const action = useAction(() =>
    unwrap(api.POST('/api/v1/enrollments', { body: { course_id: courseId, enrollment_source: 'web' } })),
  )
  if (!user) {
    return (
      <p>
        <Link
          className="button button-block"
          to={`/login?next=${encodeURIComponent(`/courses/${courseId}`)}`}
        >
          Log in to enroll
        </Link>
      </p>
    )
  }
  if (user.id === instructorId) {
    return (
      <p>
        You teach this course. <Link to={`/teach/${courseId}`}>Edit it</Link>
      </p>
    )
  }
  async function submit(event: FormEvent) {
    event.preventDefault()
    const enrollment = await action.execute()
    if (!enrollment) return
    // A paid course is paid at the provider's checkout (same origin in TEST MODE): a full navigation.
    const checkout = enrollment.status === 'pending_payment' ? safeUrl(enrollment.checkout_url) : null
    if (checkout) window.location.assign(checkout)
    // A full course with a waitlist: My courses shows the place in line.
    else if (enrollment.status === 'waitlisted') navigate('/my-courses')
    else navigate(`/learn/${enrollment.id}`)
  }
  const error = action.error as ApiError | undefined
  return (
    <form onSubmit={submit}>
      {paid ? (
        <p className="muted">You pay at checkout; the course opens once the payment is confirmed.</p>
      ) : null}
      {error ? (
        <div className="notice notice-error" role="alert">
          {enrollMessage(error)}
          {error.code === 'ALREADY_ENROLLED' ? (
            <>
              {' '}
              <Link to="/my-courses">Go to My courses</Link>
            </>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className="button button-block" disabled={action.pending}>
        {action.pending ? 'Enrolling…' : paid ? 'Enroll and pay' : 'Enroll for free'}
      </button>
    </form>
  )
}
