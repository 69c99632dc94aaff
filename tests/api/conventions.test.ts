import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AllInOneConfigSchema, type System, startSystem } from '@smartcourse/all-in-one'
import { loadConfig } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let system: System
let dataDir: string
let document: any

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-conventions-'))
  system = await startSystem(
    loadConfig(AllInOneConfigSchema, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'development' }),
  )
  document = (await system.gateway.inject({ method: 'GET', url: '/openapi.json' })).json()
})
afterAll(async () => {
  await system?.close()
  await rm(dataDir, { recursive: true, force: true })
})

const operations = () =>
  Object.entries<Record<string, any>>(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  )

describe('the merged OpenAPI document', () => {
  it('introduces the platform and its auth flow, and Swagger UI carries the platform name', async () => {
    expect(document.info.title).toBe('SmartCourse API')
    expect(document.info.description).toContain('POST /auth/refresh')
    expect(document.info.description).toContain('Authorization: Bearer')
    const page = await system.gateway.inject({ method: 'GET', url: '/docs/' })
    expect(page.body).toContain('<title>SmartCourse API</title>')
    const initializer = await system.gateway.inject({
      method: 'GET',
      url: '/docs/static/swagger-initializer.js',
    })
    const logo = initializer.body.match(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/)?.[1]
    expect(Buffer.from(logo ?? '', 'base64').toString()).toContain('>SmartCourse</text>')
  })

  it('is OpenAPI 3.1 with a unique operationId on every operation', () => {
    expect(document.openapi).toBe('3.1.0')
    const ids = operations().map(({ operation }) => operation.operationId)
    expect(ids.length).toBeGreaterThan(40)
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z]+$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('documents the error responses of every operation with the shared ErrorResponse schema', () => {
    expect(document.components.schemas.ErrorResponse.required).toEqual(['success', 'message', 'error_code'])
    const ref = { $ref: '#/components/schemas/ErrorResponse' }
    for (const { path, method, operation } of operations()) {
      const errors = Object.keys(operation.responses).filter((status) => Number(status) >= 400)
      // Every route can meet the gateway's limits, a failing dependency and an internal error.
      expect(errors, `${method} ${path}`).toEqual(expect.arrayContaining(['429', '500', '502', '503', '504']))
      for (const status of errors) {
        const response = operation.responses[status]
        expect(response.description, `${method} ${path} ${status}`).toBeTruthy()
        // The one HTML page (/verify/{code}) answers an unknown code with the page itself.
        if (path === '/verify/{code}' && status === '404') continue
        const [schema] = Object.values<any>(response.content).map((media) => media.schema)
        expect(schema, `${method} ${path} ${status}`).toEqual(ref)
      }
      if (operation.security) expect(errors, `${method} ${path}`).toContain('401')
      if (operation.parameters || operation.requestBody) expect(errors, `${method} ${path}`).toContain('422')
    }
  })

  it('names the route-specific errors: 404 for a missing course, 409 for enrollment conflicts', () => {
    expect(Object.keys(document.paths['/api/v1/courses/{id}'].get.responses)).toContain('404')
    expect(Object.keys(document.paths['/api/v1/enrollments'].post.responses)).toContain('409')
    expect(Object.keys(document.paths['/api/v1/auth/login'].post.responses)).toEqual(
      expect.arrayContaining(['401', '429']),
    )
  })

  it('shares component schemas: bodies and responses refer to them, and every reference resolves', () => {
    const courseById = document.paths['/api/v1/courses/{id}']
    expect(courseById.get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CourseResponse',
    })
    expect(courseById.put.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CourseUpdate',
    })
    expect(courseById.delete.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/MessageResponse',
    })
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)]
    expect(refs.length).toBeGreaterThan(100)
    for (const [, name] of refs) expect(document.components.schemas[name!], name).toBeDefined()
  })
})

describe('dead letters (issue 9.12)', () => {
  it.each(['users', 'courses', 'enrollments', 'progress', 'certificates'])(
    'routes /api/v1/admin/events/%s/dead-letters to its service, for admins only',
    async (service) => {
      const path = `/api/v1/admin/events/${service}/dead-letters`
      expect(document.paths[path].get.operationId).toMatch(/^list[A-Z][a-z]+DeadLetters$/)
      expect(document.paths[`${path}/{id}/redrive`].post.operationId).toMatch(
        /^redrive[A-Z][a-z]+DeadLetter$/,
      )
      // The service answers (401, not the gateway's 404): it is routed.
      const anonymous = await system.gateway.inject({ method: 'GET', url: path })
      expect(anonymous.statusCode).toBe(401)
      const redrive = await system.gateway.inject({ method: 'POST', url: `${path}/1/redrive` })
      expect(redrive.statusCode).toBe(401)
    },
  )
})

describe('a known path with the wrong method', () => {
  it('answers 405 METHOD_NOT_ALLOWED with Allow, naming the public path', async () => {
    const response = await system.gateway.inject({ method: 'DELETE', url: '/api/v1/courses' })
    expect(response.statusCode).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD, POST')
    expect(response.json()).toMatchObject({ success: false, error_code: 'METHOD_NOT_ALLOWED' })
    expect(response.json().message).toContain('DELETE')
    expect(response.json().message).toContain('/api/v1/courses')
  })

  it('lists every method of a path with parameters', async () => {
    const response = await system.gateway.inject({ method: 'PATCH', url: '/api/v1/courses/12' })
    expect(response.statusCode).toBe(405)
    expect(response.headers.allow).toBe('DELETE, GET, HEAD, PUT')
  })

  it('answers 405 from a service run alone too, with the path it was asked for', async () => {
    const response = await system.services.enrollments.inject({ method: 'PUT', url: '/enrollments/3' })
    expect(response.statusCode).toBe(405)
    expect(response.headers.allow).toBe('DELETE, GET, HEAD')
    expect(response.json().message).toContain('/enrollments/3')
  })

  it('still answers 404 for a path no method has, naming the public path', async () => {
    const response = await system.gateway.inject({ method: 'DELETE', url: '/api/v1/courses/1/nothing-here' })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({
      error_code: 'NOT_FOUND',
      message: 'Route DELETE /api/v1/courses/1/nothing-here not found',
    })
  })
})
