import type { ApiError } from '@smartcourse/api-client'
import { useState } from 'react'

/** What binds one `<Field>` or `<Select>` to a form value: its name, value, setter and 422 message. */
export interface BoundField {
  name: string
  value: string
  onChange: (value: string) => void
  error?: string
}

/**
 * A form's values by field name. `bind(error)` gives `field(key)`, the props of the input for that
 * key, with the API's message for it out of the last error; `onEdit` runs on every change.
 */
export function useForm<F extends object>(initial: F | (() => F), onEdit?: () => void) {
  const [form, setForm] = useState<F>(initial)
  const set = (key: keyof F) => (value: string) => {
    onEdit?.()
    setForm((previous) => ({ ...previous, [key]: value }))
  }
  const bind =
    (error: ApiError | undefined) =>
    (key: keyof F & string): BoundField => ({
      name: key,
      value: String(form[key]),
      onChange: set(key),
      error: error?.fieldErrors[key],
    })
  return { form, setForm, bind }
}
