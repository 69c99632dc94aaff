import { type FormEvent, useEffect, useRef, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useAction } from '../lib/hooks'
import { ErrorNotice, Field, Loading, Notice } from '../ui'

/** Asks for a reset link; the answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('')
  const [sent, setSent] = useState<string | undefined>()
  const action = useAction(() => unwrap(api.POST('/api/v1/auth/password/forgot', { body: { email } })))
  const fields = action.error?.fieldErrors ?? {}

  async function submit(event: FormEvent) {
    event.preventDefault()
    const answer = await action.execute()
    if (answer) setSent(answer.message)
  }

  return (
    <section className="auth-card card">
      <h1>Forgot your password?</h1>
      {sent ? (
        <Notice kind="success">{sent}</Notice>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">Enter the e-mail address of your account and we will mail you a link.</p>
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={fields.email}
            required
          />
          <ErrorNotice error={action.error} />
          <button type="submit" className="button button-block" disabled={action.pending}>
            {action.pending ? 'Sending…' : 'Send the link'}
          </button>
        </form>
      )}
      <p className="muted">
        <Link to="/login">Back to log in</Link>
      </p>
    </section>
  )
}

/** The page the reset mail links to (`?token=`). */
export function ResetPasswordPage() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const token = params.get('token') ?? ''
  const [password, setPassword] = useState('')
  const action = useAction(() =>
    unwrap(api.POST('/api/v1/auth/password/reset', { body: { token, new_password: password } })),
  )
  const fields = action.error?.fieldErrors ?? {}

  async function submit(event: FormEvent) {
    event.preventDefault()
    const answer = await action.execute()
    if (answer) navigate(`/login?message=${encodeURIComponent(answer.message)}`)
  }

  if (!token) return <ErrorNotice message="This link has no token. Ask for a new one." />
  return (
    <section className="auth-card card">
      <h1>Choose a new password</h1>
      <form onSubmit={submit} noValidate>
        <Field
          label="New password"
          name="new_password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={fields.new_password}
          hint="At least 8 characters. Every session of your account will be signed out."
          required
        />
        <ErrorNotice error={action.error} />
        {action.error?.code === 'INVALID_RESET_TOKEN' ? (
          <p className="muted">
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        ) : null}
        <button type="submit" className="button button-block" disabled={action.pending}>
          {action.pending ? 'Saving…' : 'Set the new password'}
        </button>
      </form>
    </section>
  )
}

/** The page the verification mail links to (`?token=`): confirms at once. */
export function VerifyEmailPage() {
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  const action = useAction(() => unwrap(api.POST('/api/v1/auth/verify-email', { body: { token } })))
  const [done, setDone] = useState<string | undefined>()
  const started = useRef(false)

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per token
  useEffect(() => {
    if (!token || started.current) return
    started.current = true
    void action.execute().then((answer) => answer && setDone(answer.message))
  }, [token])

  return (
    <section className="auth-card card">
      <h1>Confirm your e-mail address</h1>
      {!token ? (
        <ErrorNotice message="This link has no token. Ask for a new one on your account page." />
      ) : null}
      {action.pending ? <Loading label="Confirming…" /> : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      <ErrorNotice error={action.error} />
      <p className="muted">
        <Link to="/account">Your account</Link>
      </p>
    </section>
  )
}
