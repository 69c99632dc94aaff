import type { ApiError } from '@smartcourse/api-client'
import type { FormEvent, ReactNode } from 'react'
import { ErrorNotice, Field } from '../ui'

/**
 * How a learner records a lesson: one number (a quiz score, the minutes spent) and a submit button,
 * with the API's message at the field, or above the button when it is about something else.
 */
export function LessonRecordForm(props: {
  className: string
  action: { execute: (event: FormEvent) => unknown; pending: boolean; error?: ApiError }
  field: { label: string; name: string; max: number; placeholder?: string }
  value: string
  onChange: (value: string) => void
  disabled: boolean
  busy: string
  submit: string
  children?: ReactNode
}) {
  const { action } = props
  const error = action.error?.fieldErrors[props.field.name]
  return (
    <form className={props.className} onSubmit={action.execute}>
      {props.children}
      <Field
        {...props.field}
        type="number"
        min={0}
        value={props.value}
        onChange={props.onChange}
        error={error}
      />
      <ErrorNotice error={action.error && !error ? action.error : undefined} />
      <button type="submit" className="button" disabled={props.disabled || action.pending}>
        {action.pending ? props.busy : props.submit}
      </button>
    </form>
  )
}
