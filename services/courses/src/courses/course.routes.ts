import { actorOf, type HttpServer, type IdempotentRouteDeps, MessageResponse } from '@smartcourse/service-kit'
import {
  CatalogQuery,
  CourseCreate,
  CourseIdParams,
  CourseListResponse,
  CourseResponse,
  CourseUpdate,
  courseView,
  SlugParams,
  toCatalogPage,
} from './course.schemas.js'
import type { CourseService } from './course.service.js'
import { publicRoute, signedInRoute } from '../route-options.js'

const tags = ['courses']

/** /courses: catalog, CRUD, publish and archive. */
export function courseRoutes({ service, guards, idempotency }: IdempotentRouteDeps<CourseService>) {
  const asReader = publicRoute(guards.optionalUser, tags)
  const asWriter = signedInRoute(guards.roles('instructor', 'admin'), tags, [403, 404])

  return async (app: HttpServer) => {
    app.get(
      '/courses',
      asReader({
        operationId: 'listCourses',
        summary: 'The course catalog',
        querystring: CatalogQuery,
        response: { 200: CourseListResponse },
      }),
      async (request, reply) => {
        const { query } = request
        // The body is rendered by the route's own response serializer, so a cached page is
        // byte for byte what an uncached one would be.
        const body = await service.list(request.actor, query, ({ items, total }) =>
          // fast-json-stringify: always a string
          String(reply.serialize(toCatalogPage(items, total, query))),
        )
        // Already serialized: Fastify sends a string with a JSON content type as it is.
        return reply.type('application/json; charset=utf-8').send(body as never)
      },
    )

    app.post(
      '/courses',
      {
        ...asWriter({
          operationId: 'createCourse',
          errors: [409],
          summary:
            'Create a draft course (Idempotency-Key: a retry with the same key answers the first response)',
          headers: idempotency.headers,
          body: CourseCreate,
          response: { 201: CourseResponse },
        }),
        ...idempotency.hooks,
      },
      async (request, reply) => {
        const course = await service.create(actorOf(request), request.body)
        return reply.code(201).send(courseView(course))
      },
    )

    app.get(
      '/courses/slug/:slug',
      asReader({
        operationId: 'getCourseBySlug',
        errors: [404],
        summary: 'A course by slug',
        params: SlugParams,
        response: { 200: CourseResponse },
      }),
      async (request) => courseView(await service.getBySlug(request.actor, request.params.slug)),
    )

    app.get(
      '/courses/:id',
      asReader({
        operationId: 'getCourse',
        errors: [404],
        summary: 'A course by id',
        params: CourseIdParams,
        response: { 200: CourseResponse },
      }),
      async (request, reply) => {
        const body = await service.get(request.actor, request.params.id, (course) =>
          String(reply.serialize(courseView(course))),
        )
        return reply.type('application/json; charset=utf-8').send(body as never)
      },
    )

    app.put(
      '/courses/:id',
      asWriter({
        operationId: 'updateCourse',
        summary: 'Update a course',
        params: CourseIdParams,
        body: CourseUpdate,
        response: { 200: CourseResponse },
      }),
      async (request) => courseView(await service.update(actorOf(request), request.params.id, request.body)),
    )

    app.delete(
      '/courses/:id',
      asWriter({
        operationId: 'archiveCourse',
        summary: 'Archive a course',
        params: CourseIdParams,
        response: { 200: MessageResponse },
      }),
      async (request) => {
        await service.archive(actorOf(request), request.params.id)
        return { message: 'Course archived' }
      },
    )

    app.post(
      '/courses/:id/publish',
      asWriter({
        operationId: 'publishCourse',
        summary: 'Publish a course',
        params: CourseIdParams,
        response: { 200: CourseResponse },
      }),
      async (request) => courseView(await service.publish(actorOf(request), request.params.id)),
    )
  }
}
