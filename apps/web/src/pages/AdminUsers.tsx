import { type FormEvent, useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useAction, useQuery } from '../lib/hooks'
import { PagedTable } from '../paged-table'
import { Field, Select } from '../ui'

type Role = 'student' | 'instructor' | 'admin'

export function AdminUsersPage() {
  const [params, setParams] = useSearchParams()
  const search = params.get('search') ?? ''
  const role = (
    ['student', 'instructor', 'admin'].includes(params.get('role') ?? '') ? params.get('role') : ''
  ) as Role | ''
  const page = Math.max(1, Number(params.get('page')) || 1)
  const [draft, setDraft] = useState(search)
  useEffect(() => setDraft(search), [search])
  const users = useQuery(
    () =>
      unwrap(
        api.GET('/api/v1/users', {
          params: { query: { page, page_size: 20, search: search || undefined, role: role || undefined } },
        }),
      ),
    [search, role, page],
  )
  const remove = useAction(async (id: number) => {
    await unwrap(api.DELETE('/api/v1/users/{id}', { params: { path: { id } } }))
    users.reload()
  })
  const query = (next: Record<string, string>) => {
    const merged = { search, role, ...next }
    return new URLSearchParams(Object.entries(merged).filter(([, value]) => value !== '' && value !== '1'))
  }
  function submit(event: FormEvent) {
    event.preventDefault()
    setParams(query({ search: draft.trim() }))
  }
  return (
    <>
      <h1>Users</h1>
      <form className="filters card" onSubmit={submit} aria-label="Search users">
        <Field
          label="Search"
          name="search"
          type="search"
          value={draft}
          onChange={setDraft}
          placeholder="email, username or name"
        />
        <Select
          label="Role"
          name="role"
          value={role}
          onChange={(value) => setParams(query({ role: value }))}
          options={[
            ['', 'Any role'],
            ['student', 'Students'],
            ['instructor', 'Instructors'],
            ['admin', 'Admins'],
          ]}
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <PagedTable
        list={users.data}
        loading={users.loading}
        error={users.error ?? remove.error}
        columns={['Name', 'Email', 'Role']}
        empty="No user matches."
        emptyUnderHead
        row={(user) => (
          <tr key={user.id}>
            <td>
              {[user.first_name, user.last_name].filter(Boolean).join(' ') || '—'}
              <small className="muted"> @{user.username}</small>
            </td>
            <td>{user.email}</td>
            <td>{user.role}</td>
            <td className="actions">
              <button
                type="button"
                className="button button-danger button-small"
                disabled={remove.pending}
                aria-label={`Delete ${user.username}`}
                onClick={() => {
                  if (window.confirm(`Delete ${user.username}? Their sessions end at once.`))
                    remove.execute(user.id)
                }}
              >
                Delete
              </button>
            </td>
          </tr>
        )}
        hrefFor={(p) => `/admin/users?${query({ page: String(p) }).toString()}`}
      />
    </>
  )
}
