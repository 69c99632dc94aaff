import {
  ERROR_DESCRIPTIONS,
  ERROR_RESPONSE_ID,
  type HttpServer,
  PLATFORM_TITLE,
} from '@smartcourse/service-kit'
import { publicPathFor } from './routes-table.js'

interface OpenApiDocument {
  paths?: Record<string, unknown>
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> }
}

/** The first paragraph of the API reference (Swagger UI renders it as Markdown). */
const INTRODUCTION = [
  `${PLATFORM_TITLE} is an online-course platform: instructors build and publish courses, students`,
  'enroll, complete lessons and quizzes, and earn certificates anyone can verify. Every path is',
  'under `/api/v1`. **Auth flow:** `POST /auth/register` or `POST /auth/login` answers an',
  '`access_token` (30 minutes) and a `refresh_token` (7 days); send the access token as',
  '`Authorization: Bearer <access_token>` (the **Authorize** button does it here). Before it',
  'expires, `POST /auth/refresh` trades the refresh token for a new pair — each refresh token',
  'works once, and presenting a used one again ends that session. `POST /auth/logout` ends the',
  'session. Roles are `student`, `instructor` and `admin`. Every error is',
  '`{ "success": false, "message", "error_code", "details"? }`; the guide in `docs/API.md`',
  'lists every code.',
].join(' ')

/** All services' OpenAPI documents as one, with the public /api/v1 paths and no internal routes. */
export async function mergeOpenApi(services: Record<string, HttpServer>, version: string) {
  const paths: Record<string, unknown> = {}
  const schemas: Record<string, unknown> = {}
  const tags: Array<{ name: string }> = []
  for (const [name, service] of Object.entries(services)) {
    const document = (await service.inject({ method: 'GET', url: '/openapi.json' })).json() as OpenApiDocument
    tags.push({ name })
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      const publicPath = publicPathFor(path)
      if (!publicPath) continue
      paths[publicPath] = tagOperations(item as Record<string, Record<string, unknown>>, name)
    }
    for (const [schemaName, schema] of Object.entries(document.components?.schemas ?? {})) {
      // Two services must not give one component name two meanings in the merged document.
      if (schemaName in schemas && JSON.stringify(schemas[schemaName]) !== JSON.stringify(schema)) {
        throw new Error(`OpenAPI component ${schemaName} differs between services (${name})`)
      }
      schemas[schemaName] = schema
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: `${PLATFORM_TITLE} API`, version, description: INTRODUCTION },
    tags,
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  }
}

/** What the gateway itself may answer on every route (rate limit, service down, too slow). */
const GATEWAY_STATUSES = [429, 502, 504]

function tagOperations(item: Record<string, Record<string, unknown>>, tag: string) {
  return Object.fromEntries(
    Object.entries(item).map(([method, operation]) => {
      const responses = { ...(operation.responses as Record<string, unknown>) }
      for (const status of GATEWAY_STATUSES) responses[status] ??= gatewayError(status)
      return [method, { ...operation, tags: [tag], responses }]
    }),
  )
}

function gatewayError(status: number) {
  return {
    description: ERROR_DESCRIPTIONS[status],
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_RESPONSE_ID}` } } },
  }
}
