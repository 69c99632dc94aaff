import { Link, useParams, useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useAction, useQuery } from '../lib/hooks'
import { PagedTable } from '../paged-table'
import { ProgressBar, StatusBadge } from '../ui'

export function RosterPage() {
  const courseId = Number(useParams().id)
  const [params] = useSearchParams()
  const page = Math.max(1, Number(params.get('page')) || 1)
  const course = useQuery(
    () => unwrap(api.GET('/api/v1/courses/{id}', { params: { path: { id: courseId } } })),
    [courseId],
  )
  const roster = useQuery(async () => {
    const list = await unwrap(
      api.GET('/api/v1/enrollments', { params: { query: { course_id: courseId, page, page_size: 20 } } }),
    )
    const people = await Promise.all(
      list.items.map((item) =>
        unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id: item.student_id } } })).catch(
          () => undefined,
        ),
      ),
    )
    return { list, people }
  }, [courseId, page])
  const change = useAction(async (id: number, status: 'active' | 'suspended') => {
    await unwrap(
      api.PATCH('/api/v1/enrollments/{id}/status', {
        params: { path: { id } },
        body: {
          status,
          reason: status === 'suspended' ? 'Suspended by the instructor' : 'Re-activated by the instructor',
        },
      }),
    )
    roster.reload()
  })

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/teach">Teaching</Link> /{' '}
        <Link to={`/teach/${courseId}`}>{course.data?.title ?? 'Course'}</Link> / Roster
      </p>
      <h1>Roster{course.data ? ` — ${course.data.title}` : ''}</h1>
      <PagedTable
        list={roster.data?.list}
        loading={roster.loading}
        error={roster.error ?? change.error}
        columns={['Student', 'Status', 'Completion', 'Enrolled']}
        empty="No student has enrolled yet."
        row={(item, index) => {
          const person = roster.data?.people[index]
          const name = person
            ? [person.first_name, person.last_name].filter(Boolean).join(' ') || person.username
            : `Student #${item.student_id}`
          return (
            <tr key={item.id}>
              <td>
                {name}
                {person ? <small className="muted"> @{person.username}</small> : null}
              </td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td>
                <ProgressBar value={item.completion_percentage} label={`Completion of ${name}`} />
              </td>
              <td>{item.enrolled_at.slice(0, 10)}</td>
              <td className="actions">
                {item.status === 'active' ? (
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    disabled={change.pending}
                    onClick={() => change.execute(item.id, 'suspended')}
                    aria-label={`Suspend ${name}`}
                  >
                    Suspend
                  </button>
                ) : null}
                {item.status === 'suspended' ? (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={change.pending}
                    onClick={() => change.execute(item.id, 'active')}
                    aria-label={`Re-activate ${name}`}
                  >
                    Re-activate
                  </button>
                ) : null}
              </td>
            </tr>
          )
        }}
        hrefFor={(p) => `/teach/${courseId}/roster?page=${p}`}
      />
    </>
  )
}
