import pg from 'pg'
import { callApi as call, progressBar } from '../api.js'

export interface Seeded {
  courseIds: number[]
  lessonIds: number[]
  /** Students with a token and an active enrollment in a course holding `lessonIds`. */
  students: { token: string; enrollmentId: number; email: string }[]
  password: string
  studentHash: string
}

const PASSWORD = 'bench-password-1'
const CHUNK = 2000

/**
 * One course built through the API (so its content document is what the service writes), then
 * `courses - 1` copies of it, `users` students and one active enrollment per student, inserted
 * in bulk by SQL with a progress bar; finally `tokens` students log in through the gateway.
 */
export async function seed(
  base: string,
  databaseUrl: string,
  sizes: { courses: number; users: number; tokens: number },
): Promise<Seeded> {
  const instructor = { email: 'bench-instructor@example.test', username: 'benchinstructor' }
  await call(base, 'POST', '/api/v1/auth/register', { ...instructor, password: PASSWORD, role: 'instructor' })
  const { access_token: token } = await call(base, 'POST', '/api/v1/auth/login', {
    email: instructor.email,
    password: PASSWORD,
  })
  const course = await call(
    base,
    'POST',
    '/api/v1/courses',
    {
      title: 'Bench course template',
      description: 'The course every bench course copies',
      category: 'category-0',
      level: 'beginner',
      price: '0',
    },
    token,
  )
  const module = await call(base, 'POST', `/api/v1/courses/${course.id}/modules`, { title: 'Module' }, token)
  const lessonIds: number[] = []
  for (let index = 0; index < 4; index += 1) {
    const lesson = await call(
      base,
      'POST',
      `/api/v1/courses/${course.id}/modules/${module.module_id}/lessons`,
      { title: `Lesson ${index + 1}`, type: 'text' },
      token,
    )
    lessonIds.push(lesson.lesson_id)
  }
  await call(base, 'POST', `/api/v1/courses/${course.id}/publish`, undefined, token)
  await call(base, 'POST', '/api/v1/auth/register', {
    email: 'bench-student-template@example.test',
    username: 'benchstudenttemplate',
    password: PASSWORD,
  })

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  try {
    const { rows: hashRows } = await pool.query(
      `select hashed_password from users.users where email = 'bench-student-template@example.test'`,
    )
    const studentHash = hashRows[0].hashed_password as string

    for (let from = 1; from < sizes.courses; from += CHUNK) {
      const to = Math.min(from + CHUNK - 1, sizes.courses - 1)
      await pool.query(
        `with inserted as (
           insert into courses.courses
             (title, slug, description, instructor_id, category, level, price, status, published_at, content_version, duration_hours)
           select 'Bench course ' || g || ' on topic ' || (g % 97), 'bench-course-' || g,
                  t.description, t.instructor_id, 'category-' || (g % 10), t.level,
                  ((g * 7919) % 20000) / 100.0, 'published',
                  timestamptz '2020-01-01' + make_interval(secs => g * 60), t.content_version, t.duration_hours
           from courses.courses t, generate_series($2::int, $3::int) g where t.id = $1
           returning id)
         insert into courses.course_contents (course_id, next_id, version, modules)
         select inserted.id, c.next_id, c.version, c.modules
         from inserted, courses.course_contents c where c.course_id = $1`,
        [course.id, from, to],
      )
      progressBar('courses', to + 1, sizes.courses)
    }
    const courseIds = (
      await pool.query(`select id from courses.courses where status = 'published' order by id`)
    ).rows.map((row) => row.id as number)

    for (let from = 1; from <= sizes.users; from += CHUNK) {
      const to = Math.min(from + CHUNK - 1, sizes.users)
      await pool.query(
        `insert into users.users (email, username, hashed_password, role, is_active, is_verified)
         select 'bench-student-' || g || '@example.test', 'benchstudent' || g, $1, 'student', true, true
         from generate_series($2::int, $3::int) g`,
        [studentHash, from, to],
      )
      progressBar('users', to, sizes.users)
    }

    // Student g enrolls in the g-th course (wrapping), active.
    for (let from = 1; from <= sizes.users; from += CHUNK) {
      const to = Math.min(from + CHUNK - 1, sizes.users)
      await pool.query(
        `insert into enrollments.enrollments
           (student_id, course_id, course_title, status, enrolled_at, created_at, enrollment_source)
         select u.id, c.id, c.title, 'active', now(), now(), 'bench'
         from generate_series($1::int, $2::int) g
         join users.users u on u.email = 'bench-student-' || g || '@example.test'
         join courses.courses c on c.id = ($3::int[])[1 + (g - 1) % array_length($3::int[], 1)]`,
        [from, to, courseIds],
      )
      progressBar('enrollments', to, sizes.users)
    }
    await pool.query('analyze')

    // The bulk insert bypassed course-service: one write through the API moves the catalog
    // version, so no total cached before it is served.
    await call(base, 'POST', '/api/v1/courses', { title: 'Bench draft' }, token)

    const students: Seeded['students'] = []
    for (let from = 1; from <= sizes.tokens; from += 8) {
      const batch = Array.from({ length: Math.min(8, sizes.tokens - from + 1) }, (_, i) => from + i)
      const logged = await Promise.all(
        batch.map(async (g) => {
          const email = `bench-student-${g}@example.test`
          const { access_token } = await call(base, 'POST', '/api/v1/auth/login', {
            email,
            password: PASSWORD,
          })
          const { rows } = await pool.query(
            `select e.id from enrollments.enrollments e join users.users u on u.id = e.student_id where u.email = $1`,
            [email],
          )
          return { token: access_token as string, enrollmentId: rows[0].id as number, email }
        }),
      )
      students.push(...logged)
      progressBar('logins', students.length, sizes.tokens)
    }
    return { courseIds, lessonIds, students, password: PASSWORD, studentHash }
  } finally {
    await pool.end()
  }
}
