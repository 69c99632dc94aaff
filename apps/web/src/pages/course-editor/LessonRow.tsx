import { useState } from 'react'
import { api, unwrap } from '../../lib/api'
import { useAction } from '../../lib/hooks'
import { ErrorNotice } from '../../ui'
import { LessonEditor, type ModulePath } from './LessonEditor'
import { DeleteButton, MoveButtons } from './RowControls'
import type { Lesson, Placement } from './types'

/** A lesson in its module's list: type, title and tags, with move, edit (in place) and delete. */
export function LessonRow(props: {
  path: ModulePath
  lesson: Lesson
  placement: Placement
  onChanged: () => void
}) {
  const { lesson } = props
  const [editing, setEditing] = useState(false)
  const remove = useAction(async () => {
    await unwrap(
      api.DELETE('/api/v1/courses/{id}/modules/{mid}/lessons/{lid}', {
        params: { path: { ...props.path, lid: lesson.lesson_id } },
      }),
    )
    props.onChanged()
  })
  if (editing) {
    const saved = () => {
      setEditing(false)
      props.onChanged()
    }
    return (
      <li>
        <LessonEditor path={props.path} lesson={lesson} onDone={saved} onCancel={() => setEditing(false)} />
      </li>
    )
  }
  return (
    <li className="lesson-row">
      <span className={`lesson-type type-${lesson.type}`}>{lesson.type}</span>
      <span className="lesson-title">
        {lesson.title}
        {lesson.is_preview ? <span className="tag">preview</span> : null}
        {!lesson.is_mandatory ? <span className="tag">optional</span> : null}
      </span>
      <span className="row-actions">
        <MoveButtons label={`lesson ${lesson.title}`} placement={props.placement} />
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label={`Edit lesson ${lesson.title}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <DeleteButton
          label={`Delete lesson ${lesson.title}`}
          question={`Delete the lesson "${lesson.title}"?`}
          onConfirmed={() => remove.execute()}
        />
      </span>
      <ErrorNotice error={remove.error} />
    </li>
  )
}
