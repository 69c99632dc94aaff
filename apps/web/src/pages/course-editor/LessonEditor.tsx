import type { FormEvent } from 'react'
import { api, unwrap } from '../../lib/api'
import { emptyLessonForm, type LessonForm, lessonFormFrom, lessonPayload } from '../../lib/forms'
import { useAction } from '../../lib/hooks'
import { useForm } from '../../lib/use-form'
import { Checkbox, ErrorNotice, Field, Select } from '../../ui'
import type { Lesson } from './types'

/** The course and module a lesson belongs to, as the API's path parameters. */
export interface ModulePath {
  id: number
  mid: number
}

/** Adds a lesson to the module, or edits `lesson`. */
export function LessonEditor(props: {
  path: ModulePath
  lesson?: Lesson
  onDone: () => void
  onCancel: () => void
}) {
  const { lesson, path } = props
  const { form, setForm, bind } = useForm<LessonForm>(lesson ? lessonFormFrom(lesson) : emptyLessonForm)
  const save = useAction(async (event: FormEvent) => {
    event.preventDefault()
    const body = lessonPayload(form)
    if (lesson) {
      await unwrap(
        api.PUT('/api/v1/courses/{id}/modules/{mid}/lessons/{lid}', {
          params: { path: { ...path, lid: lesson.lesson_id } },
          body,
        }),
      )
    } else {
      await unwrap(api.POST('/api/v1/courses/{id}/modules/{mid}/lessons', { params: { path }, body }))
    }
    props.onDone()
  })
  const field = bind(save.error)
  const invalidFields = Object.keys(save.error?.fieldErrors ?? {}).length > 0
  return (
    <form className="lesson-editor" onSubmit={save.execute} noValidate>
      <div className="grid-2">
        <Field label="Lesson title" {...field('title')} required />
        <Select
          label="Type"
          {...field('type')}
          options={[
            ['text', 'Text'],
            ['video', 'Video'],
            ['quiz', 'Quiz'],
            ['assignment', 'Assignment'],
          ]}
        />
      </div>
      {form.type === 'video' ? (
        <Field label="Video URL" {...field('video_url')} type="url" />
      ) : (
        <Field
          label={form.type === 'quiz' ? 'Quiz instructions' : 'Content'}
          {...field('content')}
          multiline
        />
      )}
      <div className="grid-2">
        <Field label="Duration (minutes)" {...field('duration_minutes')} type="number" min={0} />
        <div className="checkboxes">
          <Checkbox
            label="Free preview"
            checked={form.is_preview}
            onChange={(is_preview) => setForm({ ...form, is_preview })}
          />
          <Checkbox
            label="Counts toward completion"
            checked={form.is_mandatory}
            onChange={(is_mandatory) => setForm({ ...form, is_mandatory })}
          />
        </div>
      </div>
      <ErrorNotice error={save.error && !invalidFields ? save.error : undefined} />
      <div className="actions">
        <button type="submit" className="button button-small" disabled={save.pending}>
          {lesson ? 'Save lesson' : 'Add lesson'}
        </button>
        <button type="button" className="button button-ghost button-small" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
