import { type FormEvent, useState } from 'react'
import { api, unwrap } from '../../lib/api'
import { useAction, useQuery } from '../../lib/hooks'
import { ErrorNotice, Field, Loading } from '../../ui'
import { ModuleEditor } from './ModuleEditor'
import { OrderedList } from './RowControls'

/** The course's modules in order, each with its lessons, and the form that adds a module. */
export function ContentEditor({ courseId }: { courseId: number }) {
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
  return (
    <section className="content-editor" aria-label="Modules and lessons">
      <h2 className="h3">
        Modules and lessons{' '}
        <small className="muted">
          {content.data.total_modules} modules · {content.data.total_lessons} lessons
        </small>
      </h2>
      <ErrorNotice error={reorderModules.error} />
      <OrderedList
        className="module-list"
        items={content.data.modules}
        idOf={(module) => module.module_id}
        reorder={reorderModules.execute}
      >
        {(module, placement) => (
          <ModuleEditor
            key={module.module_id}
            courseId={courseId}
            module={module}
            placement={placement}
            onChanged={content.reload}
          />
        )}
      </OrderedList>
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
