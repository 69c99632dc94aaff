import { type FormEvent, useState } from 'react'
import { api, unwrap } from '../../lib/api'
import { useAction } from '../../lib/hooks'
import { ErrorNotice, Field } from '../../ui'
import { LessonEditor } from './LessonEditor'
import { LessonRow } from './LessonRow'
import { DeleteButton, MoveButtons, OrderedList } from './RowControls'
import type { Module, Placement } from './types'

/** One module: rename, move, delete, its lessons in order, and adding a lesson to it. */
export function ModuleEditor(props: {
  courseId: number
  module: Module
  placement: Placement
  onChanged: () => void
}) {
  const { courseId, module } = props
  const path = { id: courseId, mid: module.module_id }
  const [editing, setEditing] = useState(false)
  const [title, setTitle] = useState(module.title)
  const [adding, setAdding] = useState(false)
  const rename = useAction(async (event: FormEvent) => {
    event.preventDefault()
    await unwrap(api.PUT('/api/v1/courses/{id}/modules/{mid}', { params: { path }, body: { title } }))
    setEditing(false)
    props.onChanged()
  })
  const remove = useAction(async () => {
    await unwrap(api.DELETE('/api/v1/courses/{id}/modules/{mid}', { params: { path } }))
    props.onChanged()
  })
  const reorder = useAction(async (ids: number[]) => {
    await unwrap(
      api.PUT('/api/v1/courses/{id}/modules/{mid}/lessons/order', { params: { path }, body: { ids } }),
    )
    props.onChanged()
  })
  const lessonAdded = () => {
    setAdding(false)
    props.onChanged()
  }
  return (
    <li className="card module">
      <div className="module-head">
        {editing ? (
          <form className="inline-form" onSubmit={rename.execute}>
            <Field
              label="Module title"
              name="title"
              value={title}
              onChange={setTitle}
              error={rename.error?.fieldErrors.title}
            />
            <button type="submit" className="button button-small">
              Save
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setEditing(false)}
            >
              Cancel
            </button>
          </form>
        ) : (
          <h3 className="module-title">{module.title}</h3>
        )}
        <span className="row-actions">
          <MoveButtons label={`module ${module.title}`} placement={props.placement} />
          {!editing ? (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setEditing(true)}
            >
              Rename
            </button>
          ) : null}
          <DeleteButton
            label={`Delete module ${module.title}`}
            question={`Delete the module "${module.title}" and its lessons?`}
            onConfirmed={() => remove.execute()}
          />
        </span>
      </div>
      <ErrorNotice error={remove.error ?? reorder.error} />
      <OrderedList
        className="lesson-list"
        items={module.lessons}
        idOf={(lesson) => lesson.lesson_id}
        reorder={reorder.execute}
      >
        {(lesson, placement) => (
          <LessonRow
            key={lesson.lesson_id}
            path={path}
            lesson={lesson}
            placement={placement}
            onChanged={props.onChanged}
          />
        )}
      </OrderedList>
      {adding ? (
        <LessonEditor path={path} onDone={lessonAdded} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="button button-ghost button-small" onClick={() => setAdding(true)}>
          + Add lesson to {module.title}
        </button>
      )}
    </li>
  )
}
