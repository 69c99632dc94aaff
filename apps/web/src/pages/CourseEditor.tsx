import { Link, useParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useQuery } from '../lib/hooks'
import { ErrorNotice, Loading } from '../ui'
import { ContentEditor } from './course-editor/ContentEditor'
import { CourseDetailsForm, useCourseDetails } from './course-editor/CourseDetailsForm'
import { CourseHead } from './course-editor/CourseHead'

/** `/teach/new` and `/teach/:id`: the course's details, and once it exists its modules and lessons. */
export function CourseEditorPage() {
  const params = useParams()
  const id = params.id ? Number(params.id) : undefined
  const course = useQuery(
    async () =>
      id === undefined ? undefined : unwrap(api.GET('/api/v1/courses/{id}', { params: { path: { id } } })),
    [id],
  )
  const details = useCourseDetails(id, course)

  if (course.error) return <ErrorNotice error={course.error} />
  if (id !== undefined && !course.data) return <Loading label="Loading the course…" />

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/teach">Teaching</Link> / {course.data?.title ?? 'New course'}
      </p>
      <CourseHead id={id} status={course.data?.status} onChanged={course.reload} />
      <div className="editor-layout">
        <CourseDetailsForm details={details} />
        {id !== undefined ? <ContentEditor courseId={id} /> : null}
      </div>
    </>
  )
}
