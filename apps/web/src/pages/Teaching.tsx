import { Link, useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useQuery } from '../lib/hooks'
import { formatPrice } from '../lib/messages'
import { ErrorNotice, Loading, Pagination, StatusBadge } from '../ui'

export function TeachingPage() {
  const [params] = useSearchParams()
  const page = Math.max(1, Number(params.get('page')) || 1)
  const list = useQuery(
    () =>
      unwrap(
        api.GET('/api/v1/courses', { params: { query: { mine: true, page, page_size: 20, sort: 'title' } } }),
      ),
    [page],
  )
  return (
    <>
      <div className="page-head">
        <h1>Teaching</h1>
        <Link className="button" to="/teach/new">
          New course
        </Link>
      </div>
      <ErrorNotice error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data?.total === 0 ? <p>You have no courses yet. Create your first one.</p> : null}
      {list.data && list.data.total > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Status</th>
                <th scope="col">Price</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((course) => (
                <tr key={course.id}>
                  <td>
                    <Link to={`/teach/${course.id}`}>{course.title}</Link>
                  </td>
                  <td>
                    <StatusBadge status={course.status} />
                  </td>
                  <td>{formatPrice(course.price, course.currency)}</td>
                  <td className="actions">
                    <Link to={`/teach/${course.id}`}>Edit</Link>
                    <Link to={`/teach/${course.id}/roster`}>Roster</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pagination
          page={list.data.page}
          totalPages={list.data.total_pages}
          hrefFor={(p) => `/teach?page=${p}`}
        />
      ) : null}
    </>
  )
}
