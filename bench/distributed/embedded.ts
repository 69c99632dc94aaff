import { readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startTs } from './processes.js'
import { callApi as call } from '../api.js'

/** Rate limits of the embedded gateway raised out of the way of the load (said in the output). */
export const EMBEDDED_LIMITS = {
  RATE_LIMIT_AUTH_PER_SECOND: '1000000',
  RATE_LIMIT_AUTH_BURST: '1000000',
  RATE_LIMIT_API_PER_SECOND: '1000000',
  RATE_LIMIT_API_BURST: '1000000',
  RATE_LIMIT_VERIFY_PER_SECOND: '1000000',
  RATE_LIMIT_VERIFY_BURST: '1000000',
  AUTH_CONNECTION_LIMIT: '1000',
}

/** The Node flags of `npm start` (package.json), so the bench measures the process it runs. */
export const START_NODE_FLAGS: string[] =
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts.start.match(
    /--[\w-]+=\S+/g,
  ) ?? []

/**
 * What `npm start` runs (apps/all-in-one/src/main.ts: PGlite in a fresh DATA_DIR, the in-memory
 * cache, the embedded gateway) as its own process, with `courses` published courses made
 * through its API.
 */
export async function startEmbedded(courses: number, nodeArgs: string[] = START_NODE_FLAGS) {
  const dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-bench-embedded-'))
  const child = await startTs(
    'all-in-one',
    'apps/all-in-one/src/main.ts',
    {
      ENV_FILE: '',
      DATABASE_URL: '',
      REDIS_URL: '',
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      ...EMBEDDED_LIMITS,
    },
    { timeoutMs: 300_000, nodeArgs },
  )
  const base = child.url
  const email = 'bench-embedded@example.test'
  await call(base, 'POST', '/api/v1/auth/register', {
    email,
    username: 'benchembedded',
    password: 'bench-password-1',
    role: 'instructor',
  })
  const { access_token: token } = await call(base, 'POST', '/api/v1/auth/login', {
    email,
    password: 'bench-password-1',
  })
  const ids: number[] = []
  for (let index = 0; index < courses; index += 1) {
    const course = await call(
      base,
      'POST',
      '/api/v1/courses',
      {
        title: `Embedded bench course ${index}`,
        description: 'Bench',
        category: 'category-1',
        level: 'beginner',
      },
      token,
    )
    const module = await call(
      base,
      'POST',
      `/api/v1/courses/${course.id}/modules`,
      { title: 'Module' },
      token,
    )
    await call(
      base,
      'POST',
      `/api/v1/courses/${course.id}/modules/${module.module_id}/lessons`,
      { title: 'Lesson', type: 'text' },
      token,
    )
    await call(base, 'POST', `/api/v1/courses/${course.id}/publish`, undefined, token)
    ids.push(course.id)
  }
  return { child, ids }
}
