import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useAuth } from '../auth'
import { AuthCard, EmailField, onSubmit, SubmitButton } from '../forms'
import { api, unwrap } from '../lib/api'
import { useAction } from '../lib/hooks'
import { ErrorNotice, Field, Notice, Select } from '../ui'

/** Only paths inside the app are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function LoginPage() {
  const { login } = useAuth()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [email, setEmail] = useState(params.get('email') ?? '')
  const [password, setPassword] = useState('')
  const action = useAction(login)
  const fields = action.error?.fieldErrors ?? {}

  const submit = onSubmit(
    () => action.execute(email, password),
    () => navigate(safeNext(params.get('next'))),
  )

  return (
    <AuthCard title="Log in">
      {params.get('message') ? <Notice kind="warning">{params.get('message')}</Notice> : null}
      <form onSubmit={submit} noValidate>
        <EmailField value={email} onChange={setEmail} error={fields.email} />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fields.password}
          required
        />
        <ErrorNotice error={action.error} />
        <SubmitButton pending={action.pending} busy="Logging in…">
          Log in
        </SubmitButton>
      </form>
      <p className="muted">
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="muted">
        New here? <Link to="/register">Create an account</Link>
      </p>
    </AuthCard>
  )
}

export function RegisterPage() {
  const navigate = useNavigate()
  const [form, setForm] = useState({
    email: '',
    username: '',
    password: '',
    first_name: '',
    last_name: '',
    role: 'student' as 'student' | 'instructor',
  })
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const action = useAction(() =>
    unwrap(
      api.POST('/api/v1/auth/register', {
        body: {
          ...form,
          first_name: form.first_name.trim() || undefined,
          last_name: form.last_name.trim() || undefined,
        },
      }),
    ),
  )
  const fields = action.error?.fieldErrors ?? {}

  const submit = onSubmit(action.execute, (user) =>
    navigate(
      `/login?email=${encodeURIComponent(user.email)}&message=${encodeURIComponent('Account created. Please log in.')}`,
    ),
  )

  return (
    <AuthCard title="Create an account">
      <form onSubmit={submit} noValidate>
        <div className="grid-2">
          <Field
            label="First name"
            name="first_name"
            autoComplete="given-name"
            value={form.first_name}
            onChange={set('first_name')}
            error={fields.first_name}
          />
          <Field
            label="Last name"
            name="last_name"
            autoComplete="family-name"
            value={form.last_name}
            onChange={set('last_name')}
            error={fields.last_name}
          />
        </div>
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          error={fields.email ?? (action.error?.code === 'EMAIL_TAKEN' ? action.error.message : undefined)}
          required
        />
        <Field
          label="Username"
          name="username"
          autoComplete="username"
          value={form.username}
          onChange={set('username')}
          error={
            fields.username ?? (action.error?.code === 'USERNAME_TAKEN' ? action.error.message : undefined)
          }
          hint="3–100 characters: letters, digits, _ . -"
          required
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          error={fields.password}
          hint="At least 8 characters"
          required
        />
        <Select
          label="I want to"
          name="role"
          value={form.role}
          onChange={set('role')}
          options={[
            ['student', 'Learn (student)'],
            ['instructor', 'Teach (instructor)'],
          ]}
          error={fields.role}
        />
        <ErrorNotice error={action.error} />
        <SubmitButton pending={action.pending} busy="Creating…">
          Create account
        </SubmitButton>
      </form>
      <p className="muted">
        Already registered? <Link to="/login">Log in</Link>
      </p>
    </AuthCard>
  )
}
