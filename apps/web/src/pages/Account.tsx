import type { ResponseOf } from '@smartcourse/api-client'
import { type FormEvent, useState } from 'react'
import { useAuth } from '../auth'
import { PasswordField } from '../forms'
import { api, session, unwrap } from '../lib/api'
import { useAction, useQuery } from '../lib/hooks'
import { useForm } from '../lib/use-form'
import { ErrorNotice, Loading, Notice } from '../ui'

type Preferences = ResponseOf<'/api/v1/users/me/notification-preferences', 'get'>

const KINDS: Array<[keyof Preferences, string]> = [
  ['enrollment_confirmed', 'An enrollment of mine is confirmed'],
  ['certificate_issued', 'A certificate is issued to me'],
  ['certificate_revoked', 'A certificate of mine is revoked'],
  ['waitlist_promoted', 'I get a seat from a waiting list'],
]

function Verification() {
  const { user } = useAuth()
  const [sent, setSent] = useState<string | undefined>()
  const resend = useAction(() => unwrap(api.POST('/api/v1/auth/verify-email/resend')))
  if (!user) return null
  if (user.is_verified) return <Notice kind="success">Your e-mail address {user.email} is verified.</Notice>
  return (
    <div>
      <Notice kind="warning">Your e-mail address {user.email} is not verified yet.</Notice>
      {sent ? <Notice kind="success">{sent}</Notice> : null}
      <ErrorNotice error={resend.error} />
      <button
        type="button"
        className="button button-ghost"
        disabled={resend.pending}
        onClick={async () => {
          const answer = await resend.execute()
          if (answer) setSent(answer.message)
        }}
      >
        Send the link again
      </button>
    </div>
  )
}

function ChangePassword() {
  const [done, setDone] = useState(false)
  const { form, setForm, bind } = useForm({ current_password: '', new_password: '' })
  const action = useAction(async () => {
    const tokens = await unwrap(api.POST('/api/v1/auth/password/change', { body: form }))
    // This session goes on with the new tokens; every other one is over.
    session.start(tokens)
    return tokens
  })
  const field = bind(action.error)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setDone(false)
    if (await action.execute()) {
      setDone(true)
      setForm({ current_password: '', new_password: '' })
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <h2>Change password</h2>
      <PasswordField
        label="Current password"
        autoComplete="current-password"
        {...field('current_password')}
      />
      <PasswordField
        label="New password"
        autoComplete="new-password"
        {...field('new_password')}
        hint="At least 8 characters. Your other sessions will be signed out."
      />
      <ErrorNotice error={action.error} />
      {done ? <Notice kind="success">Password changed; your other sessions were signed out.</Notice> : null}
      <button type="submit" className="button" disabled={action.pending}>
        {action.pending ? 'Saving…' : 'Change password'}
      </button>
    </form>
  )
}

function NotificationPreferences() {
  const query = useQuery(() => unwrap(api.GET('/api/v1/users/me/notification-preferences')), [])
  const save = useAction((patch: Partial<Preferences>) =>
    unwrap(api.PUT('/api/v1/users/me/notification-preferences', { body: patch })),
  )
  const [saved, setSaved] = useState<Preferences | undefined>()
  const current = saved ?? query.data
  if (query.loading && !current) return <Loading />
  if (!current) return <ErrorNotice error={query.error} />
  return (
    <fieldset>
      <legend>
        <h2>E-mail notifications</h2>
      </legend>
      <p className="muted">Mails about your password and e-mail address are always sent.</p>
      {KINDS.map(([kind, label]) => (
        <label key={kind} className="checkbox">
          <input
            type="checkbox"
            name={kind}
            checked={current[kind]}
            onChange={async (event) => {
              const wanted = event.target.checked
              const before = current
              // Shown at once; put back if the API refuses it.
              setSaved({ ...current, [kind]: wanted })
              const updated = await save.execute({ [kind]: wanted })
              setSaved(updated ?? before)
            }}
          />{' '}
          {label}
        </label>
      ))}
      <ErrorNotice error={save.error} />
    </fieldset>
  )
}

/** The signed-in user's account: e-mail verification, password, notification mails. */
export function AccountPage() {
  return (
    <section className="card">
      <h1>Your account</h1>
      <Verification />
      <ChangePassword />
      <NotificationPreferences />
    </section>
  )
}
