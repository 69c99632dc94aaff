import { Link } from 'react-router'
import { api, unwrap } from '../../lib/api'
import { useAction } from '../../lib/hooks'
import { publishMessage } from '../../lib/messages'
import { ErrorNotice, StatusBadge } from '../../ui'
import type { Course } from './types'

/** The editor's heading with the course's status and its actions (view, roster, publish, archive). */
export function CourseHead(props: { id?: number; status?: Course['status']; onChanged: () => void }) {
  const { id, status } = props
  const publish = useAction(async () => {
    await unwrap(api.POST('/api/v1/courses/{id}/publish', { params: { path: { id: id! } } }))
    props.onChanged()
  })
  const archive = useAction(async () => {
    await unwrap(api.DELETE('/api/v1/courses/{id}', { params: { path: { id: id! } } }))
    props.onChanged()
  })
  return (
    <>
      <div className="page-head">
        <h1>{id === undefined ? 'New course' : 'Edit course'}</h1>
        {status ? <StatusBadge status={status} /> : null}
        {id !== undefined ? (
          <div className="actions">
            {status === 'published' ? (
              <Link className="button button-ghost" to={`/courses/${id}`}>
                View in catalog
              </Link>
            ) : null}
            <Link className="button button-ghost" to={`/teach/${id}/roster`}>
              Roster
            </Link>
            {status === 'draft' ? (
              <button
                type="button"
                className="button"
                disabled={publish.pending}
                onClick={() => publish.execute()}
              >
                Publish
              </button>
            ) : null}
            {status !== 'archived' ? (
              <button
                type="button"
                className="button button-danger button-ghost"
                disabled={archive.pending}
                onClick={() => {
                  if (
                    window.confirm(
                      'Archive this course? It leaves the catalog; enrolled students keep access.',
                    )
                  )
                    archive.execute()
                }}
              >
                Archive
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <ErrorNotice message={publish.error ? publishMessage(publish.error) : undefined} />
      <ErrorNotice error={archive.error} />
    </>
  )
}
