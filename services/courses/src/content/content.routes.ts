import { QuizStats } from '@smartcourse/contracts'
import {
  type Actor,
  actorOf,
  type HttpServer,
  MessageResponse,
  type RouteDeps,
} from '@smartcourse/service-kit'
import type { Static, TSchema } from 'typebox'
import { CourseIdParams } from '../courses/course.schemas.js'
import { publicRoute, signedInRoute } from '../route-options.js'
import {
  CourseContentResponse,
  contentView,
  LessonCreate,
  LessonParams,
  LessonResponse,
  LessonUpdate,
  lessonViewIn,
  ModuleCreate,
  ModuleParams,
  ModuleResponse,
  ModuleUpdate,
  moduleViewIn,
  QuestionBody,
  QuestionParams,
  QuestionResponse,
  QuizLessonParams,
  questionViewIn,
  ReorderBody,
} from './content.schemas.js'
import type { ContentService } from './content.service.js'

const tags = ['course content']

interface RouteDocs {
  operationId: string
  summary: string
}

/**
 * The schema of a content item route as the type provider sees it. TypeScript cannot resolve the
 * provider's request and reply types for schemas that are type parameters, so the item routes are
 * typed with plain schemas and read params and body as Validated: the Static types of the schemas
 * Fastify has just validated them against. run and view are checked against the same schemas
 * where each kind is declared.
 */
type ItemSchema = RouteDocs & { params: TSchema; body?: TSchema; response: Record<number, TSchema> }
type Validated<Params extends TSchema, Body extends TSchema = TSchema> = {
  params: Static<Params>
  body: Static<Body>
}

/** /courses/{id}/content, modules, lessons and their order. */
export function contentRoutes({ service, guards }: RouteDeps<ContentService>) {
  const asReader = publicRoute(guards.optionalUser, tags, [404])
  const asWriter = signedInRoute(guards.roles('instructor', 'admin'), tags, [403, 404])

  return async (app: HttpServer) => {
    /**
     * One kind of content item (module, lesson, question) under its parent: the four writer routes
     * each kind has, their documentation and the service calls behind them.
     */
    function contentItemRoutes<
      Parent extends TSchema,
      Params extends TSchema,
      Item extends TSchema,
      Create extends TSchema,
      Update extends TSchema,
      Order extends TSchema,
      Placed,
    >(kind: {
      /** The items of one parent, e.g. /courses/:id/modules; one item is at `${path}/:${key}`. */
      path: string
      key: string
      parentParams: Parent
      params: Params
      response: Item
      view: (placed: Placed) => Static<Item>
      add: RouteDocs & {
        body: Create
        run: (actor: Actor, at: Static<Parent>, input: Static<Create>) => Promise<Placed>
      }
      reorder: RouteDocs & {
        response: Order
        run: (actor: Actor, at: Static<Parent>, ids: number[]) => Promise<Static<Order>>
      }
      update: RouteDocs & {
        body: Update
        run: (actor: Actor, at: Static<Params>, patch: Static<Update>) => Promise<Placed>
      }
      remove: RouteDocs & { message: string; run: (actor: Actor, at: Static<Params>) => Promise<void> }
    }) {
      const { path, parentParams, params, response, view, add, reorder, update, remove } = kind
      app.post(
        path,
        asWriter<ItemSchema>({
          operationId: add.operationId,
          summary: add.summary,
          params: parentParams,
          body: add.body,
          response: { 201: response },
        }),
        async (request, reply) => {
          const { params: at, body } = request as Validated<Parent, Create>
          return reply.code(201).send(view(await add.run(actorOf(request), at, body)))
        },
      )

      // Registered before the item routes; the router prefers the static segment anyway.
      app.put(
        `${path}/order`,
        asWriter<ItemSchema>({
          operationId: reorder.operationId,
          summary: reorder.summary,
          params: parentParams,
          body: ReorderBody,
          response: { 200: reorder.response },
        }),
        async (request) => {
          const { params: at, body } = request as Validated<Parent, typeof ReorderBody>
          return reorder.run(actorOf(request), at, body.ids)
        },
      )

      app.put(
        `${path}/:${kind.key}`,
        asWriter<ItemSchema>({
          operationId: update.operationId,
          summary: update.summary,
          params,
          body: update.body,
          response: { 200: response },
        }),
        async (request) => {
          const { params: at, body } = request as Validated<Params, Update>
          return view(await update.run(actorOf(request), at, body))
        },
      )

      app.delete(
        `${path}/:${kind.key}`,
        asWriter<ItemSchema>({
          operationId: remove.operationId,
          summary: remove.summary,
          params,
          response: { 200: MessageResponse },
        }),
        async (request) => {
          await remove.run(actorOf(request), (request as Validated<Params>).params)
          return { message: remove.message }
        },
      )
    }

    app.get(
      '/courses/:id/content',
      asReader({
        operationId: 'getCourseContent',
        summary: 'Modules and lessons with totals',
        params: CourseIdParams,
        response: { 200: CourseContentResponse },
      }),
      async (request) => {
        const { content, audience } = await service.getContent(request.actor, request.params.id)
        return contentView(content, audience)
      },
    )

    contentItemRoutes({
      path: '/courses/:id/modules',
      key: 'mid',
      parentParams: CourseIdParams,
      params: ModuleParams,
      response: ModuleResponse,
      view: moduleViewIn,
      add: {
        operationId: 'addModule',
        summary: 'Add a module',
        body: ModuleCreate,
        run: (actor, { id }, input) => service.addModule(actor, id, input),
      },
      reorder: {
        operationId: 'reorderModules',
        summary: 'Reorder modules',
        response: CourseContentResponse,
        run: async (actor, { id }, ids) => contentView(await service.reorderModules(actor, id, ids)),
      },
      update: {
        operationId: 'updateModule',
        summary: 'Update a module',
        body: ModuleUpdate,
        run: service.updateModule,
      },
      remove: {
        operationId: 'removeModule',
        summary: 'Remove a module and its lessons',
        message: 'Module deleted',
        run: service.removeModule,
      },
    })

    contentItemRoutes({
      path: '/courses/:id/modules/:mid/lessons',
      key: 'lid',
      parentParams: ModuleParams,
      params: LessonParams,
      response: LessonResponse,
      view: lessonViewIn,
      add: { operationId: 'addLesson', summary: 'Add a lesson', body: LessonCreate, run: service.addLesson },
      reorder: {
        operationId: 'reorderLessons',
        summary: "Reorder a module's lessons",
        response: CourseContentResponse,
        run: async (actor, at, ids) => contentView(await service.reorderLessons(actor, at, ids)),
      },
      update: {
        operationId: 'updateLesson',
        summary: 'Update a lesson',
        body: LessonUpdate,
        run: service.updateLesson,
      },
      remove: {
        operationId: 'removeLesson',
        summary: 'Remove a lesson',
        message: 'Lesson deleted',
        run: service.removeLesson,
      },
    })

    contentItemRoutes({
      path: '/courses/:id/modules/:mid/lessons/:lid/questions',
      key: 'qid',
      parentParams: LessonParams,
      params: QuestionParams,
      response: QuestionResponse,
      view: questionViewIn,
      add: {
        operationId: 'addQuestion',
        summary: 'Add a question to a quiz lesson',
        body: QuestionBody,
        run: service.addQuestion,
      },
      reorder: {
        operationId: 'reorderQuestions',
        summary: "Reorder a quiz's questions",
        response: LessonResponse,
        run: async (actor, at, ids) => lessonViewIn(await service.reorderQuestions(actor, at, ids)),
      },
      update: {
        operationId: 'replaceQuestion',
        summary: 'Replace a question (new attempts use it; recorded attempts keep their version)',
        body: QuestionBody,
        run: service.replaceQuestion,
      },
      remove: {
        operationId: 'removeQuestion',
        summary: 'Remove a question',
        message: 'Question deleted',
        run: service.removeQuestion,
      },
    })

    app.get(
      '/courses/:id/quizzes/:lesson_id/stats',
      asWriter({
        operationId: 'getQuizStats',
        summary: 'Attempts, pass rate, scores and per-question results of a quiz',
        params: QuizLessonParams,
        response: { 200: QuizStats },
      }),
      async (request) => service.quizStats(actorOf(request), request.params.id, request.params.lesson_id),
    )
  }
}
