import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { trace } from '@opentelemetry/api'
import { InMemorySpanExporter, type ReadableSpan, type TracerProvider } from '@opentelemetry/sdk-trace'
import { AllInOneConfigSchema, type System, startSystem } from '@smartcourse/all-in-one'
import { loadConfig, startTracing } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const exporter = new InMemorySpanExporter()
let provider: TracerProvider | undefined
let system: System
let dataDir: string

beforeAll(async () => {
  provider = startTracing({ serviceName: 'smartcourse-test', exporter })
  dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-tracing-'))
  system = await startSystem(
    loadConfig(AllInOneConfigSchema, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'development' }),
  )
})
afterAll(async () => {
  await system?.close()
  await provider?.shutdown()
  trace.disable()
  await rm(dataDir, { recursive: true, force: true })
})

async function call(method: string, url: string, body?: unknown, token?: string, headers = {}) {
  const response = await system.gateway.inject({
    method: method as 'GET',
    url: `/api/v1${url}`,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body === undefined ? {} : { payload: body as object }),
  })
  return { status: response.statusCode, body: response.body ? response.json() : undefined }
}

async function signIn(role: 'student' | 'instructor') {
  const name = `${role}${randomBytes(4).toString('hex')}`
  const password = 'password-for-tracing'
  const email = `${name}@example.test`
  expect((await call('POST', '/auth/register', { email, username: name, password, role })).status).toBe(201)
  return (await call('POST', '/auth/login', { email, password })).body.access_token as string
}

describe('one journey, one trace', () => {
  it('connects gateway → service → service calls and the outbox events that follow a lesson completion', async () => {
    const teacher = await signIn('instructor')
    const course = (await call('POST', '/courses', { title: 'Traced course', price: 0 }, teacher)).body
    const module = (await call('POST', `/courses/${course.id}/modules`, { title: 'Only module' }, teacher))
      .body
    const lesson = (
      await call(
        'POST',
        `/courses/${course.id}/modules/${module.module_id}/lessons`,
        { title: 'Only lesson', type: 'text', content: 'All there is' },
        teacher,
      )
    ).body
    expect((await call('POST', `/courses/${course.id}/publish`, undefined, teacher)).status).toBe(200)
    const student = await signIn('student')
    const enrollment = (await call('POST', '/enrollments', { course_id: course.id }, student)).body

    // The client starts the trace; completing the only lesson completes the enrollment, which
    // issues a certificate: two outbox events and calls between four services.
    const traceId = randomBytes(16).toString('hex')
    const clientSpanId = randomBytes(8).toString('hex')
    const completion = await call(
      'POST',
      `/progress/lessons/${lesson.lesson_id}/complete`,
      { enrollment_id: enrollment.id },
      student,
      { traceparent: `00-${traceId}-${clientSpanId}-01` },
    )
    expect(completion.status).toBe(200)
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const mine = await call('GET', '/certificates/my-certificates', undefined, student)
      if (mine.body.length > 0) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await provider?.forceFlush()

    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId)
    const ids = new Set(spans.map((span) => span.spanContext().spanId))
    // Connected: every span's parent is the client's span or another span of this trace.
    for (const span of spans) {
      const parent = span.parentSpanContext?.spanId
      expect(parent === clientSpanId || (parent !== undefined && ids.has(parent)), label(span)).toBe(true)
    }
    const roots = spans.filter((span) => span.parentSpanContext?.spanId === clientSpanId)
    expect(roots.map(label)).toEqual(['api-gateway SERVER POST /api/v1/progress/*'])

    const names = spans.map(label)
    expect(names).toEqual(
      expect.arrayContaining([
        'progress-service SERVER POST /progress/lessons/:lesson_id/complete',
        'progress-service CLIENT POST enrollment-service',
        'enrollment-service SERVER GET /internal/enrollments/:id',
        'course-service SERVER GET /internal/courses/:id/outline',
        'progress-service PRODUCER deliver progress.updated',
        'enrollment-service SERVER POST /internal/events',
        'enrollment-service PRODUCER deliver enrollment.completed',
        'certificate-service SERVER POST /internal/events',
        'user-service SERVER GET /internal/users/:id',
      ]),
    )
    // Nothing of the journey's earlier requests leaked into this trace.
    expect(names.some((name) => name.includes('/auth/'))).toBe(false)
  })
})

const KINDS = ['INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER']
function label(span: ReadableSpan) {
  return `${span.instrumentationScope.name} ${KINDS[span.kind]} ${span.name}`
}
