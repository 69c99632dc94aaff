import { Link, useNavigate, useSearchParams } from 'react-router'
import { useAuth } from '../auth'
import { AuthCard, EmailField, onSubmit, PasswordField, SubmitButton } from '../forms'
import { api, unwrap } from '../lib/api'
import { useAction } from '../lib/hooks'
import { useForm } from '../lib/use-form'
import { ErrorNotice, Field, Notice, Select } from '../ui'

/** Only paths inside the app are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function LoginPage() {
  const { login } = useAuth()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { form, bind } = useForm({ email: params.get('email') ?? '', password: '' })
  const action = useAction(login)
  const field = bind(action.error)

  const submit = onSubmit(
    () => action.execute(form.email, form.password),
    () => navigate(safeNext(params.get('next'))),
  )

  return (
    <AuthCard title="Log in">
      {params.get('message') ? <Notice kind="warning">{params.get('message')}</Notice> : null}
      <form onSubmit={submit} noValidate>
        <EmailField {...field('email')} />
        <PasswordField label="Password" autoComplete="current-password" {...field('password')} />
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
  const { form, bind } = useForm({
    email: '',
    username: '',
    password: '',
    first_name: '',
    last_name: '',
    role: 'student' as 'student' | 'instructor',
  })
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
  const field = bind(action.error)
  const taken = (code: string) => (action.error?.code === code ? action.error.message : undefined)

  const submit = onSubmit(action.execute, (user) =>
    navigate(
      `/login?email=${encodeURIComponent(user.email)}&message=${encodeURIComponent('Account created. Please log in.')}`,
    ),
  )

  return (
    <AuthCard title="Create an account">
      <form onSubmit={submit} noValidate>
        <div className="grid-2">
          <Field label="First name" autoComplete="given-name" {...field('first_name')} />
          <Field label="Last name" autoComplete="family-name" {...field('last_name')} />
        </div>
        <EmailField {...field('email')} error={field('email').error ?? taken('EMAIL_TAKEN')} />
        <Field
          label="Username"
          autoComplete="username"
          {...field('username')}
          error={field('username').error ?? taken('USERNAME_TAKEN')}
          hint="3–100 characters: letters, digits, _ . -"
          required
        />
        <PasswordField
          label="Password"
          autoComplete="new-password"
          {...field('password')}
          hint="At least 8 characters"
        />
        <Select
          label="I want to"
          {...field('role')}
          options={[
            ['student', 'Learn (student)'],
            ['instructor', 'Teach (instructor)'],
          ]}
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
