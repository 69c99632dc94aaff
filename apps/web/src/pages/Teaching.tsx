import { Link, useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useQuery } from '../lib/hooks'
import { formatPrice } from '../lib/messages'
import { PagedTable } from '../paged-table'
import { StatusBadge } from '../ui'

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
      <PagedTable
        list={list.data}
        loading={list.loading}
        error={list.error}
        columns={['Course', 'Status', 'Price']}
        empty="You have no courses yet. Create your first one."
        row={(course) => (
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
        )}
        hrefFor={(p) => `/teach?page=${p}`}
      />
    </>
  )
}
