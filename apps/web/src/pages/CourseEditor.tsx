import type { ResponseOf } from '@smartcourse/api-client'
import { type FormEvent, useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import {
  type CourseForm,
  courseFormFrom,
  coursePayload,
  emptyCourseForm,
  emptyLessonForm,
  type LessonForm,
  lessonPayload,
  moveId,
} from '../lib/forms'
import { useAction, useQuery } from '../lib/hooks'
import { publishMessage } from '../lib/messages'
import { ErrorNotice, Field, Loading, Notice, Select, StatusBadge } from '../ui'

type Content = ResponseOf<'/api/v1/courses/{id}/content', 'get'>
type Module = Content['modules'][number]
type Lesson = Module['lessons'][number]

export function CourseEditorPage() {
  const params = useParams()
  const id = params.id ? Number(params.id) : undefined
  const navigate = useNavigate()
  const course = useQuery(
    async () =>
      id === undefined ? undefined : unwrap(api.GET('/api/v1/courses/{id}', { params: { path: { id } } })),
    [id],
  )
  const [form, setForm] = useState<CourseForm>(emptyCourseForm)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    if (course.data) setForm(courseFormFrom(course.data))
  }, [course.data])

  const save = useAction(async () => {
    const body = coursePayload(form)
    if (id === undefined) return unwrap(api.POST('/api/v1/courses', { body }))
    return unwrap(api.PUT('/api/v1/courses/{id}', { params: { path: { id } }, body }))
  })
  const fields = save.error?.fieldErrors ?? {}
  const set = (key: keyof CourseForm) => (value: string) => {
    setSaved(false)
    setForm((previous) => ({ ...previous, [key]: value }))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const result = await save.execute()
    if (!result) return
    setSaved(true)
    if (id === undefined) navigate(`/teach/${result.id}`)
    else course.reload()
  }

  const publish = useAction(async () => {
    await unwrap(api.POST('/api/v1/courses/{id}/publish', { params: { path: { id: id! } } }))
    course.reload()
  })
  const archive = useAction(async () => {
    await unwrap(api.DELETE('/api/v1/courses/{id}', { params: { path: { id: id! } } }))
    course.reload()
  })

  if (course.error) return <ErrorNotice error={course.error} />
  if (id !== undefined && !course.data) return <Loading label="Loading the course…" />
  const status = course.data?.status

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/teach">Teaching</Link> / {course.data?.title ?? 'New course'}
      </p>
      <div className="page-head">
        <h1>{id === undefined ? 'New course' : 'Edit course'}</h1>
        {status ? <StatusBadge status={status} /> : null}
        {id !== undefined ? (
          <div className="actions">
            {status === 'published' ? (
              <Link className="button button-ghost" to={`/courses/${id}`}>
                View in catalog
              </Link>
            ) : null}
            <Link className="button button-ghost" to={`/teach/${id}/roster`}>
              Roster
            </Link>
            {status === 'draft' ? (
              <button
                type="button"
                className="button"
                disabled={publish.pending}
                onClick={() => publish.execute()}
              >
                Publish
              </button>
            ) : null}
            {status !== 'archived' ? (
              <button
                type="button"
                className="button button-danger button-ghost"
                disabled={archive.pending}
                onClick={() => {
                  if (
                    window.confirm(
                      'Archive this course? It leaves the catalog; enrolled students keep access.',
                    )
                  )
                    archive.execute()
                }}
              >
                Archive
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <ErrorNotice message={publish.error ? publishMessage(publish.error) : undefined} />
      <ErrorNotice error={archive.error} />
      <div className="editor-layout">
        <form className="card course-form" onSubmit={submit} noValidate>
          <h2 className="h3">Details</h2>
          <Field
            label="Title"
            name="title"
            value={form.title}
            onChange={set('title')}
            error={fields.title}
            required
          />
          <Field
            label="Short description"
            name="description"
            multiline
            value={form.description}
            onChange={set('description')}
            error={fields.description}
          />
          <div className="grid-2">
            <Field
              label="Category"
              name="category"
              value={form.category}
              onChange={set('category')}
              error={fields.category}
              placeholder="e.g. databases"
            />
            <Select
              label="Level"
              name="level"
              value={form.level}
              onChange={set('level')}
              error={fields.level}
              options={[
                ['', 'Not set'],
                ['beginner', 'Beginner'],
                ['intermediate', 'Intermediate'],
                ['advanced', 'Advanced'],
              ]}
            />
            <Field
              label="Price (USD)"
              name="price"
              value={form.price}
              onChange={set('price')}
              error={fields.price}
              hint="0 for a free course"
            />
            <Field
              label="Seats"
              name="max_students"
              value={form.max_students}
              onChange={set('max_students')}
              error={fields.max_students}
              hint="Empty for no limit"
            />
          </div>
          <ErrorNotice error={save.error && Object.keys(fields).length === 0 ? save.error : undefined} />
          {save.error && Object.keys(fields).length > 0 ? (
            <ErrorNotice message={`${save.error.message}: see the highlighted fields.`} />
          ) : null}
          {saved && !save.pending ? <Notice kind="success">Saved.</Notice> : null}
          <button type="submit" className="button" disabled={save.pending}>
            {save.pending ? 'Saving…' : id === undefined ? 'Create course' : 'Save details'}
          </button>
        </form>
        {id !== undefined ? <ContentEditor courseId={id} /> : null}
      </div>
    </>
  )
}

function ContentEditor({ courseId }: { courseId: number }) {
  const content = useQuery(
    () => unwrap(api.GET('/api/v1/courses/{id}/content', { params: { path: { id: courseId } } })),
    [courseId],
  )
  const [moduleTitle, setModuleTitle] = useState('')
  const addModule = useAction(async (event: FormEvent) => {
    event.preventDefault()
    await unwrap(
      api.POST('/api/v1/courses/{id}/modules', {
        params: { path: { id: courseId } },
        body: { title: moduleTitle },
      }),
    )
    setModuleTitle('')
    content.reload()
  })
  const reorderModules = useAction(async (ids: number[]) => {
    await unwrap(
      api.PUT('/api/v1/courses/{id}/modules/order', { params: { path: { id: courseId } }, body: { ids } }),
    )
    content.reload()
  })

  if (content.error) return <ErrorNotice error={content.error} />
  if (!content.data) return <Loading label="Loading modules…" />
  const moduleIds = content.data.modules.map((module) => module.module_id)
  return (
    <section className="content-editor" aria-label="Modules and lessons">
      <h2 className="h3">
        Modules and lessons{' '}
        <small className="muted">
          {content.data.total_modules} modules · {content.data.total_lessons} lessons
        </small>
      </h2>
      <ErrorNotice error={reorderModules.error} />
      <ol className="module-list">
        {content.data.modules.map((module, index) => (
          <ModuleEditor
            key={module.module_id}
            courseId={courseId}
            module={module}
            first={index === 0}
            last={index === moduleIds.length - 1}
            onMove={(direction) => reorderModules.execute(moveId(moduleIds, module.module_id, direction))}
            onChanged={content.reload}
          />
        ))}
      </ol>
      <form className="card inline-form" onSubmit={addModule.execute}>
        <Field
          label="New module title"
          name="module_title"
          value={moduleTitle}
          onChange={setModuleTitle}
          error={addModule.error?.fieldErrors.title}
        />
        <button type="submit" className="button" disabled={addModule.pending}>
          Add module
        </button>
        <ErrorNotice
          error={addModule.error && !addModule.error.fieldErrors.title ? addModule.error : undefined}
        />
      </form>
    </section>
  )
}

function MoveButtons(props: {
  label: string
  first: boolean
  last: boolean
  onMove: (direction: -1 | 1) => void
}) {
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="icon-button"
        disabled={props.first}
        aria-label={`Move ${props.label} up`}
        onClick={() => props.onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={props.last}
        aria-label={`Move ${props.label} down`}
        onClick={() => props.onMove(1)}
      >
        ↓
      </button>
    </span>
  )
}

function ModuleEditor(props: {
  courseId: number
  module: Module
  first: boolean
  last: boolean
  onMove: (direction: -1 | 1) => void
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
  const lessonIds = module.lessons.map((lesson) => lesson.lesson_id)
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
          <MoveButtons
            label={`module ${module.title}`}
            first={props.first}
            last={props.last}
            onMove={props.onMove}
          />
          {!editing ? (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setEditing(true)}
            >
              Rename
            </button>
          ) : null}
          <button
            type="button"
            className="button button-ghost button-danger button-small"
            aria-label={`Delete module ${module.title}`}
            onClick={() => {
              if (window.confirm(`Delete the module "${module.title}" and its lessons?`)) remove.execute()
            }}
          >
            Delete
          </button>
        </span>
      </div>
      <ErrorNotice error={remove.error ?? reorder.error} />
      <ol className="lesson-list">
        {module.lessons.map((lesson, index) => (
          <LessonRow
            key={lesson.lesson_id}
            courseId={courseId}
            moduleId={module.module_id}
            lesson={lesson}
            first={index === 0}
            last={index === lessonIds.length - 1}
            onMove={(direction) => reorder.execute(moveId(lessonIds, lesson.lesson_id, direction))}
            onChanged={props.onChanged}
          />
        ))}
      </ol>
      {adding ? (
        <LessonEditor
          courseId={courseId}
          moduleId={module.module_id}
          onDone={() => {
            setAdding(false)
            props.onChanged()
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button button-ghost button-small" onClick={() => setAdding(true)}>
          + Add lesson to {module.title}
        </button>
      )}
    </li>
  )
}

function LessonRow(props: {
  courseId: number
  moduleId: number
  lesson: Lesson
  first: boolean
  last: boolean
  onMove: (direction: -1 | 1) => void
  onChanged: () => void
}) {
  const { lesson } = props
  const [editing, setEditing] = useState(false)
  const remove = useAction(async () => {
    await unwrap(
      api.DELETE('/api/v1/courses/{id}/modules/{mid}/lessons/{lid}', {
        params: { path: { id: props.courseId, mid: props.moduleId, lid: lesson.lesson_id } },
      }),
    )
    props.onChanged()
  })
  if (editing) {
    return (
      <li>
        <LessonEditor
          courseId={props.courseId}
          moduleId={props.moduleId}
          lesson={lesson}
          onDone={() => {
            setEditing(false)
            props.onChanged()
          }}
          onCancel={() => setEditing(false)}
        />
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
        <MoveButtons
          label={`lesson ${lesson.title}`}
          first={props.first}
          last={props.last}
          onMove={props.onMove}
        />
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label={`Edit lesson ${lesson.title}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button-ghost button-danger button-small"
          aria-label={`Delete lesson ${lesson.title}`}
          onClick={() => {
            if (window.confirm(`Delete the lesson "${lesson.title}"?`)) remove.execute()
          }}
        >
          Delete
        </button>
      </span>
      <ErrorNotice error={remove.error} />
    </li>
  )
}

function LessonEditor(props: {
  courseId: number
  moduleId: number
  lesson?: Lesson
  onDone: () => void
  onCancel: () => void
}) {
  const { lesson } = props
  const [form, setForm] = useState<LessonForm>(
    lesson
      ? {
          title: lesson.title,
          type: lesson.type,
          content: lesson.content ?? '',
          video_url: lesson.video_url ?? '',
          duration_minutes: lesson.duration_minutes === null ? '' : String(lesson.duration_minutes),
          is_preview: lesson.is_preview,
          is_mandatory: lesson.is_mandatory,
        }
      : emptyLessonForm,
  )
  const set = (key: keyof LessonForm) => (value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const save = useAction(async (event: FormEvent) => {
    event.preventDefault()
    const body = lessonPayload(form)
    const path = { id: props.courseId, mid: props.moduleId }
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
  const fields = save.error?.fieldErrors ?? {}
  return (
    <form className="lesson-editor" onSubmit={save.execute} noValidate>
      <div className="grid-2">
        <Field
          label="Lesson title"
          name="title"
          value={form.title}
          onChange={set('title')}
          error={fields.title}
          required
        />
        <Select
          label="Type"
          name="type"
          value={form.type}
          onChange={set('type')}
          error={fields.type}
          options={[
            ['text', 'Text'],
            ['video', 'Video'],
            ['quiz', 'Quiz'],
            ['assignment', 'Assignment'],
          ]}
        />
      </div>
      {form.type === 'video' ? (
        <Field
          label="Video URL"
          name="video_url"
          type="url"
          value={form.video_url}
          onChange={set('video_url')}
          error={fields.video_url}
        />
      ) : (
        <Field
          label={form.type === 'quiz' ? 'Quiz instructions' : 'Content'}
          name="content"
          multiline
          value={form.content}
          onChange={set('content')}
          error={fields.content}
        />
      )}
      <div className="grid-2">
        <Field
          label="Duration (minutes)"
          name="duration_minutes"
          type="number"
          min={0}
          value={form.duration_minutes}
          onChange={set('duration_minutes')}
          error={fields.duration_minutes}
        />
        <div className="checkboxes">
          <label>
            <input
              type="checkbox"
              checked={form.is_preview}
              onChange={(event) => setForm({ ...form, is_preview: event.target.checked })}
            />{' '}
            Free preview
          </label>
          <label>
            <input
              type="checkbox"
              checked={form.is_mandatory}
              onChange={(event) => setForm({ ...form, is_mandatory: event.target.checked })}
            />{' '}
            Counts toward completion
          </label>
        </div>
      </div>
      <ErrorNotice error={save.error && Object.keys(fields).length === 0 ? save.error : undefined} />
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
