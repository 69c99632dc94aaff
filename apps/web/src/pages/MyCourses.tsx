import { Link, useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useQuery } from '../lib/hooks'
import { safeUrl } from '../lib/messages'
import { ErrorNotice, Loading, Pagination, ProgressBar, StatusBadge } from '../ui'

export function MyCoursesPage() {
  const [params] = useSearchParams()
  const page = Math.max(1, Number(params.get('page')) || 1)
  const list = useQuery(
    () => unwrap(api.GET('/api/v1/enrollments/my-courses', { params: { query: { page, page_size: 10 } } })),
    [page],
  )
  return (
    <>
      <h1>My courses</h1>
      <ErrorNotice error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data?.total === 0 ? (
        <p>
          You are not enrolled in any course yet. <Link to="/">Browse the catalog</Link>
        </p>
      ) : null}
      <ul className="stack">
        {list.data?.items.map((item) => (
          <li key={item.id} className="card enrollment-row">
            <div className="enrollment-info">
              <h2 className="h3">
                <Link to={`/courses/${item.course_id}`}>{item.course_title}</Link>
              </h2>
              <StatusBadge status={item.status} />
              <ProgressBar value={item.completion_percentage} label={`Progress in ${item.course_title}`} />
            </div>
            {item.status === 'dropped' ? (
              <Link className="button button-ghost" to={`/courses/${item.course_id}`}>
                Re-enroll
              </Link>
            ) : item.status === 'suspended' ? (
              <span className="muted">Suspended by the instructor</span>
            ) : item.status === 'waitlisted' ? (
              <span className="muted">On the waitlist: number {item.waitlist_position ?? '?'} in line</span>
            ) : item.status === 'pending_payment' ? (
              <PaymentLink checkoutUrl={item.checkout_url} holdExpiresAt={item.payment_hold_expires_at} />
            ) : (
              <Link className="button" to={`/learn/${item.id}`} aria-label={`Continue ${item.course_title}`}>
                {item.status === 'completed'
                  ? 'Review'
                  : item.completion_percentage > 0
                    ? 'Continue'
                    : 'Start'}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {list.data ? (
        <Pagination
          page={list.data.page}
          totalPages={list.data.total_pages}
          hrefFor={(p) => `/my-courses?page=${p}`}
        />
      ) : null}
    </>
  )
}

/** A seat held until the payment is confirmed: the way back to the checkout, and no lessons yet. */
function PaymentLink({
  checkoutUrl,
  holdExpiresAt,
}: {
  checkoutUrl: string | null
  holdExpiresAt: string | null
}) {
  const href = safeUrl(checkoutUrl)
  const until = holdExpiresAt ? new Date(holdExpiresAt) : null
  return (
    <div className="payment-pending">
      {href ? (
        // The checkout is not part of this app: a full navigation, not a router link.
        <a className="button" href={href}>
          Complete payment
        </a>
      ) : (
        <span className="muted">Waiting for the payment to be confirmed</span>
      )}
      {until && !Number.isNaN(until.getTime()) ? (
        <small className="muted">Seat held until {until.toLocaleString()}</small>
      ) : null}
    </div>
  )
}
