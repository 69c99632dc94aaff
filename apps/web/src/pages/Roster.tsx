import { Link, useParams, useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useAction, useQuery } from '../lib/hooks'
import { ErrorNotice, Loading, Pagination, ProgressBar, StatusBadge } from '../ui'

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
      <ErrorNotice error={roster.error ?? change.error} />
      {roster.loading && !roster.data ? <Loading /> : null}
      {roster.data?.list.total === 0 ? <p>No student has enrolled yet.</p> : null}
      {roster.data && roster.data.list.total > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Status</th>
                <th scope="col">Completion</th>
                <th scope="col">Enrolled</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {roster.data.list.items.map((item, index) => {
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
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {roster.data ? (
        <Pagination
          page={roster.data.list.page}
          totalPages={roster.data.list.total_pages}
          hrefFor={(p) => `/teach/${courseId}/roster?page=${p}`}
        />
      ) : null}
    </>
  )
}
