import { type FormEvent, useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { api, unwrap } from '../../lib/api'
import {
  type CourseForm,
  courseFormFrom,
  coursePayload,
  emptyCourseForm,
  LEVEL_OPTIONS,
} from '../../lib/forms'
import { type Query, useAction } from '../../lib/hooks'
import { useForm } from '../../lib/use-form'
import { ErrorNotice, Field, Notice, Select } from '../../ui'
import type { Course } from './types'

/**
 * The course details being edited, saved with POST (new course) or PUT. Kept by the page, not by
 * the form, so that "Saved." outlives the loading that follows the move to the new course's address.
 */
export function useCourseDetails(id: number | undefined, course: Query<Course | undefined>) {
  const navigate = useNavigate()
  const [saved, setSaved] = useState(false)
  const { form, setForm, bind } = useForm<CourseForm>(emptyCourseForm, () => setSaved(false))
  // biome-ignore lint/correctness/useExhaustiveDependencies: setForm is a state setter
  useEffect(() => {
    if (course.data) setForm(courseFormFrom(course.data))
  }, [course.data])

  const save = useAction(async () => {
    const body = coursePayload(form)
    if (id === undefined) return unwrap(api.POST('/api/v1/courses', { body }))
    return unwrap(api.PUT('/api/v1/courses/{id}', { params: { path: { id } }, body }))
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const result = await save.execute()
    if (!result) return
    setSaved(true)
    if (id === undefined) navigate(`/teach/${result.id}`)
    else course.reload()
  }

  return { isNew: id === undefined, field: bind(save.error), save, saved, submit }
}

export function CourseDetailsForm({ details }: { details: ReturnType<typeof useCourseDetails> }) {
  const { field, save } = details
  const invalidFields = Object.keys(save.error?.fieldErrors ?? {}).length > 0
  return (
    <form className="card course-form" onSubmit={details.submit} noValidate>
      <h2 className="h3">Details</h2>
      <Field label="Title" {...field('title')} required />
      <Field label="Short description" {...field('description')} multiline />
      <div className="grid-2">
        <Field label="Category" {...field('category')} placeholder="e.g. databases" />
        <Select label="Level" {...field('level')} options={[['', 'Not set'], ...LEVEL_OPTIONS]} />
        <Field label="Price (USD)" {...field('price')} hint="0 for a free course" />
        <Field label="Seats" {...field('max_students')} hint="Empty for no limit" />
      </div>
      <ErrorNotice error={save.error && !invalidFields ? save.error : undefined} />
      {save.error && invalidFields ? (
        <ErrorNotice message={`${save.error.message}: see the highlighted fields.`} />
      ) : null}
      {details.saved && !save.pending ? <Notice kind="success">Saved.</Notice> : null}
      <button type="submit" className="button" disabled={save.pending}>
        {save.pending ? 'Saving…' : details.isNew ? 'Create course' : 'Save details'}
      </button>
    </form>
  )
}
