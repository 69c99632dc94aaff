import { type FormEvent, useEffect, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { type CatalogQuery, LEVEL_OPTIONS, readCatalogQuery, writeCatalogQuery } from '../lib/forms'
import { useQuery } from '../lib/hooks'
import { formatPrice } from '../lib/messages'
import { ErrorNotice, Field, Loading, Pagination, Select } from '../ui'

const PAGE_SIZE = 12

export function CatalogPage() {
  const [params, setParams] = useSearchParams()
  const query = readCatalogQuery(params)
  const [draft, setDraft] = useState(query)
  const key = params.toString()
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL is the source of truth
  useEffect(() => setDraft(readCatalogQuery(params)), [key])

  const courses = useQuery(
    () =>
      unwrap(
        api.GET('/api/v1/courses', {
          params: {
            query: {
              page: query.page,
              page_size: PAGE_SIZE,
              sort: query.sort,
              search: query.search || undefined,
              category: query.category || undefined,
              level: query.level || undefined,
            },
          },
        }),
      ),
    [key],
  )

  function apply(next: Partial<CatalogQuery>) {
    setParams(writeCatalogQuery({ ...draft, ...next, page: next.page ?? 1 }))
  }
  function submit(event: FormEvent) {
    event.preventDefault()
    apply({})
  }

  return (
    <>
      <section className="hero">
        <h1>Learn something new</h1>
        <p>
          Courses by independent instructors — with progress you can see and certificates anyone can verify.
        </p>
      </section>
      <form className="filters card" onSubmit={submit} aria-label="Search courses">
        <Field
          label="Search"
          name="search"
          type="search"
          value={draft.search}
          placeholder="e.g. sql"
          onChange={(search) => setDraft({ ...draft, search })}
        />
        <Field
          label="Category"
          name="category"
          value={draft.category}
          placeholder="any"
          onChange={(category) => setDraft({ ...draft, category })}
        />
        <Select
          label="Level"
          name="level"
          value={draft.level}
          onChange={(level) => apply({ level: level as CatalogQuery['level'] })}
          options={[['', 'Any level'], ...LEVEL_OPTIONS]}
        />
        <Select
          label="Sort by"
          name="sort"
          value={draft.sort}
          onChange={(sort) => apply({ sort: sort as CatalogQuery['sort'] })}
          options={[
            ['newest', 'Newest'],
            ['title', 'Title A→Z'],
            ['price', 'Price, low to high'],
          ]}
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <ErrorNotice error={courses.error} />
      {courses.loading && !courses.data ? <Loading label="Loading courses…" /> : null}
      {courses.data ? (
        <>
          <p className="muted" aria-live="polite">
            {courses.data.total === 0
              ? 'No course matches. Try fewer words or another filter.'
              : `${courses.data.total} course${courses.data.total === 1 ? '' : 's'}`}
          </p>
          <ul className="course-grid" aria-busy={courses.loading}>
            {courses.data.items.map((course) => (
              <li key={course.id} className="card course-card">
                <div className="course-card-top">
                  {course.category ? <span className="tag">{course.category}</span> : null}
                  {course.level ? (
                    <span className={`level level-${course.level}`}>{course.level}</span>
                  ) : null}
                </div>
                <h2>
                  <Link to={`/courses/${course.id}`}>{course.title}</Link>
                </h2>
                <p className="course-description">{course.description}</p>
                <p className="price">{formatPrice(course.price, course.currency)}</p>
              </li>
            ))}
          </ul>
          <Pagination
            page={courses.data.page}
            totalPages={courses.data.total_pages}
            hrefFor={(page) => `/?${writeCatalogQuery({ ...query, page }).toString()}`}
          />
        </>
      ) : null}
    </>
  )
}
