import { useEffect, useRef, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { AuthCard, EmailField, onSubmit, PasswordField, SubmitButton } from '../forms'
import { api, unwrap } from '../lib/api'
import { useAction } from '../lib/hooks'
import { useForm } from '../lib/use-form'
import { ErrorNotice, Loading, Notice } from '../ui'

/** Asks for a reset link; the answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('')
  const [sent, setSent] = useState<string | undefined>()
  const action = useAction(() => unwrap(api.POST('/api/v1/auth/password/forgot', { body: { email } })))
  const fields = action.error?.fieldErrors ?? {}

  const submit = onSubmit(action.execute, (answer) => setSent(answer.message))

  return (
    <AuthCard title="Forgot your password?">
      {sent ? (
        <Notice kind="success">{sent}</Notice>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">Enter the e-mail address of your account and we will mail you a link.</p>
          <EmailField value={email} onChange={setEmail} error={fields.email} />
          <ErrorNotice error={action.error} />
          <SubmitButton pending={action.pending} busy="Sending…">
            Send the link
          </SubmitButton>
        </form>
      )}
      <p className="muted">
        <Link to="/login">Back to log in</Link>
      </p>
    </AuthCard>
  )
}

/** The page the reset mail links to (`?token=`). */
export function ResetPasswordPage() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const token = params.get('token') ?? ''
  const { form, bind } = useForm({ new_password: '' })
  const action = useAction(() =>
    unwrap(api.POST('/api/v1/auth/password/reset', { body: { token, ...form } })),
  )
  const field = bind(action.error)

  const submit = onSubmit(action.execute, (answer) =>
    navigate(`/login?message=${encodeURIComponent(answer.message)}`),
  )

  if (!token) return <ErrorNotice message="This link has no token. Ask for a new one." />
  return (
    <AuthCard title="Choose a new password">
      <form onSubmit={submit} noValidate>
        <PasswordField
          label="New password"
          autoComplete="new-password"
          {...field('new_password')}
          hint="At least 8 characters. Every session of your account will be signed out."
        />
        <ErrorNotice error={action.error} />
        {action.error?.code === 'INVALID_RESET_TOKEN' ? (
          <p className="muted">
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        ) : null}
        <SubmitButton pending={action.pending} busy="Saving…">
          Set the new password
        </SubmitButton>
      </form>
    </AuthCard>
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
    <AuthCard title="Confirm your e-mail address">
      {!token ? (
        <ErrorNotice message="This link has no token. Ask for a new one on your account page." />
      ) : null}
      {action.pending ? <Loading label="Confirming…" /> : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      <ErrorNotice error={action.error} />
      <p className="muted">
        <Link to="/account">Your account</Link>
      </p>
    </AuthCard>
  )
}
