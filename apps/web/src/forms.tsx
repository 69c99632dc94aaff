import type { FormEvent, ReactNode } from 'react'
import type { BoundField } from './lib/use-form'
import { Field } from './ui'

/** The card every sign-in, sign-up and recovery page sits in. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="auth-card card">
      <h1>{title}</h1>
      {children}
    </section>
  )
}

/** A form's full-width submit button; says `busy` while the request is in flight. */
export function SubmitButton({
  pending,
  busy,
  children,
}: {
  pending: boolean
  busy: string
  children: string
}) {
  return (
    <button type="submit" className="button button-block" disabled={pending}>
      {pending ? busy : children}
    </button>
  )
}

/** The e-mail field of the login and recovery forms. */
export function EmailField(props: { value: string; onChange: (value: string) => void; error?: string }) {
  return (
    <Field
      label="Email"
      name="email"
      type="email"
      autoComplete="email"
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      required
    />
  )
}

/** A required password field; `autoComplete` says whether the browser fills in a saved one or suggests one. */
export function PasswordField(
  props: BoundField & { label: string; autoComplete: 'current-password' | 'new-password'; hint?: string },
) {
  return <Field {...props} type="password" required />
}

/** A submit handler: runs the request, then `onDone` with its answer if it succeeded. */
export function onSubmit<T>(run: () => Promise<T | undefined>, onDone: (answer: T) => void) {
  return async (event: FormEvent) => {
    event.preventDefault()
    const answer = await run()
    if (answer) onDone(answer)
  }
}
