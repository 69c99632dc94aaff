import type { ApiError } from '@smartcourse/api-client'
import type { ReactNode } from 'react'
import { ErrorNotice, Loading, Pagination } from './ui'

/** One page of a list, as the API answers it. */
export interface ListPage<T> {
  items: T[]
  page: number
  total: number
  total_pages: number
}

/**
 * A paged list as a table: its error, "Loading…" until the first page is there, `empty` when the
 * list is, the rows (`row` gives a `<tr>` with a key) and the links to the other pages. After
 * `columns` comes one more, unlabelled on screen, for the row's actions.
 */
export function PagedTable<T>(props: {
  list: ListPage<T> | undefined
  loading: boolean
  error: ApiError | undefined
  columns: string[]
  empty: string
  /** Keep the table's head when the list is empty, with `empty` under it (a search that matched nothing). */
  emptyUnderHead?: boolean
  row: (item: T, index: number) => ReactNode
  hrefFor: (page: number) => string
}) {
  const { list, emptyUnderHead = false } = props
  const empty = list?.total === 0
  return (
    <>
      <ErrorNotice error={props.error} />
      {props.loading && !list ? <Loading /> : null}
      {empty && !emptyUnderHead ? <p>{props.empty}</p> : null}
      {list && (!empty || emptyUnderHead) ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {props.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>{list.items.map(props.row)}</tbody>
          </table>
          {empty ? <p>{props.empty}</p> : null}
        </div>
      ) : null}
      {list ? <Pagination page={list.page} totalPages={list.total_pages} hrefFor={props.hrefFor} /> : null}
    </>
  )
}
