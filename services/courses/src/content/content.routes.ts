import { QuizStats } from '@smartcourse/contracts'
import { type AuthGuards, actorOf, type HttpServer, MessageResponse } from '@smartcourse/service-kit'
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
export function contentRoutes({ service, guards }: { service: ContentService; guards: AuthGuards }) {
  const asWriter = signedInRoute(guards.roles('instructor', 'admin'), tags)

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
        errors: [403, 404],
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
        errors: [403, 404],
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
        errors: [403, 404],
        summary: 'Update a module',
        params: ModuleParams,
        body: ModuleUpdate,
        response: { 200: ModuleResponse },
      }),
      async (request) => {
        const { id, mid } = request.params
        return moduleViewIn(await service.updateModule(actorOf(request), id, mid, request.body))
      },
    )

    app.delete(
      '/courses/:id/modules/:mid',
      asWriter({
        operationId: 'removeModule',
        errors: [403, 404],
        summary: 'Remove a module and its lessons',
        params: ModuleParams,
        response: { 200: MessageResponse },
      }),
      async (request) => {
        await service.removeModule(actorOf(request), request.params.id, request.params.mid)
        return { message: 'Module deleted' }
      },
    )

    app.post(
      '/courses/:id/modules/:mid/lessons',
      asWriter({
        operationId: 'addLesson',
        errors: [403, 404],
        summary: 'Add a lesson',
        params: ModuleParams,
        body: LessonCreate,
        response: { 201: LessonResponse },
      }),
      async (request, reply) => {
        const { id, mid } = request.params
        return reply
          .code(201)
          .send(lessonViewIn(await service.addLesson(actorOf(request), id, mid, request.body)))
      },
    )

    app.put(
      '/courses/:id/modules/:mid/lessons/order',
      asWriter({
        operationId: 'reorderLessons',
        errors: [403, 404],
        summary: "Reorder a module's lessons",
        params: ModuleParams,
        body: ReorderBody,
        response: { 200: CourseContentResponse },
      }),
      async (request) => {
        const { id, mid } = request.params
        return contentView(await service.reorderLessons(actorOf(request), id, mid, request.body.ids))
      },
    )

    app.put(
      '/courses/:id/modules/:mid/lessons/:lid',
      asWriter({
        operationId: 'updateLesson',
        errors: [403, 404],
        summary: 'Update a lesson',
        params: LessonParams,
        body: LessonUpdate,
        response: { 200: LessonResponse },
      }),
      async (request) => {
        const { id, mid, lid } = request.params
        return lessonViewIn(await service.updateLesson(actorOf(request), id, mid, lid, request.body))
      },
    )

    app.delete(
      '/courses/:id/modules/:mid/lessons/:lid',
      asWriter({
        operationId: 'removeLesson',
        errors: [403, 404],
        summary: 'Remove a lesson',
        params: LessonParams,
        response: { 200: MessageResponse },
      }),
      async (request) => {
        const { id, mid, lid } = request.params
        await service.removeLesson(actorOf(request), id, mid, lid)
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
        const { id, mid, lid } = request.params
        const placed = await service.addQuestion(actorOf(request), id, mid, lid, request.body)
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
      async (request) => {
        const { id, mid, lid } = request.params
        return lessonViewIn(await service.reorderQuestions(actorOf(request), id, mid, lid, request.body.ids))
      },
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
      async (request) => {
        const { id, mid, lid, qid } = request.params
        return questionViewIn(
          await service.replaceQuestion(actorOf(request), id, mid, lid, qid, request.body),
        )
      },
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
        const { id, mid, lid, qid } = request.params
        await service.removeQuestion(actorOf(request), id, mid, lid, qid)
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
