import type { ApiError } from '@smartcourse/api-client'
import { type ReactNode, useId } from 'react'
import { Link } from 'react-router'
import { percent } from './lib/messages'

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  )
}

export function ErrorNotice({ error, message }: { error?: ApiError; message?: string }) {
  if (!error && !message) return null
  return (
    <div className="notice notice-error" role="alert">
      {message ?? error?.message}
    </div>
  )
}

export function Notice({
  children,
  kind = 'info',
}: {
  children: ReactNode
  kind?: 'info' | 'success' | 'warning'
}) {
  return (
    <div className={`notice notice-${kind}`} role="status">
      {children}
    </div>
  )
}

interface FieldProps {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  error?: string
  type?: string
  required?: boolean
  multiline?: boolean
  placeholder?: string
  autoComplete?: string
  hint?: string
  min?: number
  max?: number
  step?: string
}

/** A labelled input with the API's 422 message for this field right under it. */
export function Field(props: FieldProps) {
  const id = useId()
  const errorId = `${id}-error`
  const common = {
    id,
    name: props.name,
    value: props.value,
    required: props.required,
    placeholder: props.placeholder,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? errorId : undefined,
  }
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={5} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          min={props.min}
          max={props.max}
          step={props.step}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      {props.hint && !props.error ? <small className="hint">{props.hint}</small> : null}
      {props.error ? (
        <small className="field-error" id={errorId}>
          {props.error}
        </small>
      ) : null}
    </div>
  )
}

interface SelectProps {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  options: Array<[string, string]>
  error?: string
}

export function Select(props: SelectProps) {
  const id = useId()
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {props.error ? <small className="field-error">{props.error}</small> : null}
    </div>
  )
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />{' '}
      {props.label}
    </label>
  )
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <div className="progress">
      <progress max={100} value={value} aria-label={label} />
      <span className="progress-value">{percent(value)}</span>
    </div>
  )
}

export function Pagination({
  page,
  totalPages,
  hrefFor,
}: {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
}) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? <Link to={hrefFor(page - 1)}>← Previous</Link> : <span aria-hidden="true" />}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? <Link to={hrefFor(page + 1)}>Next →</Link> : <span aria-hidden="true" />}
    </nav>
  )
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{status.replace('_', ' ')}</span>
}
