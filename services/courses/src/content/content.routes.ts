import { QuizStats } from '@smartcourse/contracts'
import { actorOf, type HttpServer, MessageResponse, type RouteDeps } from '@smartcourse/service-kit'
import { CourseIdParams } from '../courses/course.schemas.js'
import { signedInRoute } from '../signed-in-route.js'
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

/** /courses/{id}/content, modules, lessons and their order. */
export function contentRoutes({ service, guards }: RouteDeps<ContentService>) {
  const asWriter = signedInRoute(guards.roles('instructor', 'admin'), tags, [403, 404])

  return async (app: HttpServer) => {
    app.get(
      '/courses/:id/content',
      {
        onRequest: guards.optionalUser,
        schema: {
          operationId: 'getCourseContent',
          errors: [404],
          tags,
          summary: 'Modules and lessons with totals',
          params: CourseIdParams,
          response: { 200: CourseContentResponse },
        },
      },
      async (request) => {
        const { content, audience } = await service.getContent(request.actor, request.params.id)
        return contentView(content, audience)
      },
    )

    app.post(
      '/courses/:id/modules',
      asWriter({
        operationId: 'addModule',
        summary: 'Add a module',
        params: CourseIdParams,
        body: ModuleCreate,
        response: { 201: ModuleResponse },
      }),
      async (request, reply) => {
        const placed = await service.addModule(actorOf(request), request.params.id, request.body)
        return reply.code(201).send(moduleViewIn(placed))
      },
    )

    // Registered before /modules/:mid; the router prefers the static segment anyway.
    app.put(
      '/courses/:id/modules/order',
      asWriter({
        operationId: 'reorderModules',
        summary: 'Reorder modules',
        params: CourseIdParams,
        body: ReorderBody,
        response: { 200: CourseContentResponse },
      }),
      async (request) =>
        contentView(await service.reorderModules(actorOf(request), request.params.id, request.body.ids)),
    )

    app.put(
      '/courses/:id/modules/:mid',
      asWriter({
        operationId: 'updateModule',
        summary: 'Update a module',
        params: ModuleParams,
        body: ModuleUpdate,
        response: { 200: ModuleResponse },
      }),
      async (request) =>
        moduleViewIn(await service.updateModule(actorOf(request), request.params, request.body)),
    )

    app.delete(
      '/courses/:id/modules/:mid',
      asWriter({
        operationId: 'removeModule',
        summary: 'Remove a module and its lessons',
        params: ModuleParams,
        response: { 200: MessageResponse },
      }),
      async (request) => {
        await service.removeModule(actorOf(request), request.params)
        return { message: 'Module deleted' }
      },
    )

    app.post(
      '/courses/:id/modules/:mid/lessons',
      asWriter({
        operationId: 'addLesson',
        summary: 'Add a lesson',
        params: ModuleParams,
        body: LessonCreate,
        response: { 201: LessonResponse },
      }),
      async (request, reply) => {
        const placed = await service.addLesson(actorOf(request), request.params, request.body)
        return reply.code(201).send(lessonViewIn(placed))
      },
    )

    app.put(
      '/courses/:id/modules/:mid/lessons/order',
      asWriter({
        operationId: 'reorderLessons',
        summary: "Reorder a module's lessons",
        params: ModuleParams,
        body: ReorderBody,
        response: { 200: CourseContentResponse },
      }),
      async (request) =>
        contentView(await service.reorderLessons(actorOf(request), request.params, request.body.ids)),
    )

    app.put(
      '/courses/:id/modules/:mid/lessons/:lid',
      asWriter({
        operationId: 'updateLesson',
        summary: 'Update a lesson',
        params: LessonParams,
        body: LessonUpdate,
        response: { 200: LessonResponse },
      }),
      async (request) =>
        lessonViewIn(await service.updateLesson(actorOf(request), request.params, request.body)),
    )

    app.delete(
      '/courses/:id/modules/:mid/lessons/:lid',
      asWriter({
        operationId: 'removeLesson',
        summary: 'Remove a lesson',
        params: LessonParams,
        response: { 200: MessageResponse },
      }),
      async (request) => {
        await service.removeLesson(actorOf(request), request.params)
        return { message: 'Lesson deleted' }
      },
    )

    const questions = '/courses/:id/modules/:mid/lessons/:lid/questions'
    app.post(
      questions,
      asWriter({
        operationId: 'addQuestion',
        summary: 'Add a question to a quiz lesson',
        params: LessonParams,
        body: QuestionBody,
        response: { 201: QuestionResponse },
      }),
      async (request, reply) => {
        const placed = await service.addQuestion(actorOf(request), request.params, request.body)
        return reply.code(201).send(questionViewIn(placed))
      },
    )

    app.put(
      `${questions}/order`,
      asWriter({
        operationId: 'reorderQuestions',
        summary: "Reorder a quiz's questions",
        params: LessonParams,
        body: ReorderBody,
        response: { 200: LessonResponse },
      }),
      async (request) =>
        lessonViewIn(await service.reorderQuestions(actorOf(request), request.params, request.body.ids)),
    )

    app.put(
      `${questions}/:qid`,
      asWriter({
        operationId: 'replaceQuestion',
        summary: 'Replace a question (new attempts use it; recorded attempts keep their version)',
        params: QuestionParams,
        body: QuestionBody,
        response: { 200: QuestionResponse },
      }),
      async (request) =>
        questionViewIn(await service.replaceQuestion(actorOf(request), request.params, request.body)),
    )

    app.delete(
      `${questions}/:qid`,
      asWriter({
        operationId: 'removeQuestion',
        summary: 'Remove a question',
        params: QuestionParams,
        response: { 200: MessageResponse },
      }),
      async (request) => {
        await service.removeQuestion(actorOf(request), request.params)
        return { message: 'Question deleted' }
      },
    )

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
