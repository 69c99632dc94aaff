import { QuizStats } from '@smartcourse/contracts'
import { type AuthGuards, actorOf, type HttpServer, MessageResponse } from '@smartcourse/service-kit'
import { CourseIdParams } from '../courses/course.schemas.js'
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
const security = [{ bearer: [] }]

/** /courses/{id}/content, modules, lessons and their order. */
export function contentRoutes({ service, guards }: { service: ContentService; guards: AuthGuards }) {
  const writer = guards.roles('instructor', 'admin')

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
      {
        onRequest: writer,
        schema: {
          operationId: 'addModule',
          errors: [403, 404],
          tags,
          security,
          summary: 'Add a module',
          params: CourseIdParams,
          body: ModuleCreate,
          response: { 201: ModuleResponse },
        },
      },
      async (request, reply) => {
        const placed = await service.addModule(actorOf(request), request.params.id, request.body)
        return reply.code(201).send(moduleViewIn(placed))
      },
    )

    // Registered before /modules/:mid; the router prefers the static segment anyway.
    app.put(
      '/courses/:id/modules/order',
      {
        onRequest: writer,
        schema: {
          operationId: 'reorderModules',
          errors: [403, 404],
          tags,
          security,
          summary: 'Reorder modules',
          params: CourseIdParams,
          body: ReorderBody,
          response: { 200: CourseContentResponse },
        },
      },
      async (request) =>
        contentView(await service.reorderModules(actorOf(request), request.params.id, request.body.ids)),
    )

    app.put(
      '/courses/:id/modules/:mid',
      {
        onRequest: writer,
        schema: {
          operationId: 'updateModule',
          errors: [403, 404],
          tags,
          security,
          summary: 'Update a module',
          params: ModuleParams,
          body: ModuleUpdate,
          response: { 200: ModuleResponse },
        },
      },
      async (request) => {
        const { id, mid } = request.params
        return moduleViewIn(await service.updateModule(actorOf(request), id, mid, request.body))
      },
    )

    app.delete(
      '/courses/:id/modules/:mid',
      {
        onRequest: writer,
        schema: {
          operationId: 'removeModule',
          errors: [403, 404],
          tags,
          security,
          summary: 'Remove a module and its lessons',
          params: ModuleParams,
          response: { 200: MessageResponse },
        },
      },
      async (request) => {
        await service.removeModule(actorOf(request), request.params.id, request.params.mid)
        return { message: 'Module deleted' }
      },
    )

    app.post(
      '/courses/:id/modules/:mid/lessons',
      {
        onRequest: writer,
        schema: {
          operationId: 'addLesson',
          errors: [403, 404],
          tags,
          security,
          summary: 'Add a lesson',
          params: ModuleParams,
          body: LessonCreate,
          response: { 201: LessonResponse },
        },
      },
      async (request, reply) => {
        const { id, mid } = request.params
        return reply
          .code(201)
          .send(lessonViewIn(await service.addLesson(actorOf(request), id, mid, request.body)))
      },
    )

    app.put(
      '/courses/:id/modules/:mid/lessons/order',
      {
        onRequest: writer,
        schema: {
          operationId: 'reorderLessons',
          errors: [403, 404],
          tags,
          security,
          summary: "Reorder a module's lessons",
          params: ModuleParams,
          body: ReorderBody,
          response: { 200: CourseContentResponse },
        },
      },
      async (request) => {
        const { id, mid } = request.params
        return contentView(await service.reorderLessons(actorOf(request), id, mid, request.body.ids))
      },
    )

    app.put(
      '/courses/:id/modules/:mid/lessons/:lid',
      {
        onRequest: writer,
        schema: {
          operationId: 'updateLesson',
          errors: [403, 404],
          tags,
          security,
          summary: 'Update a lesson',
          params: LessonParams,
          body: LessonUpdate,
          response: { 200: LessonResponse },
        },
      },
      async (request) => {
        const { id, mid, lid } = request.params
        return lessonViewIn(await service.updateLesson(actorOf(request), id, mid, lid, request.body))
      },
    )

    app.delete(
      '/courses/:id/modules/:mid/lessons/:lid',
      {
        onRequest: writer,
        schema: {
          operationId: 'removeLesson',
          errors: [403, 404],
          tags,
          security,
          summary: 'Remove a lesson',
          params: LessonParams,
          response: { 200: MessageResponse },
        },
      },
      async (request) => {
        const { id, mid, lid } = request.params
        await service.removeLesson(actorOf(request), id, mid, lid)
        return { message: 'Lesson deleted' }
      },
    )

    const questions = '/courses/:id/modules/:mid/lessons/:lid/questions'
    app.post(
      questions,
      {
        onRequest: writer,
        schema: {
          tags,
          security,
          operationId: 'addQuestion',
          summary: 'Add a question to a quiz lesson',
          params: LessonParams,
          body: QuestionBody,
          response: { 201: QuestionResponse },
        },
      },
      async (request, reply) => {
        const { id, mid, lid } = request.params
        const placed = await service.addQuestion(actorOf(request), id, mid, lid, request.body)
        return reply.code(201).send(questionViewIn(placed))
      },
    )

    app.put(
      `${questions}/order`,
      {
        onRequest: writer,
        schema: {
          tags,
          security,
          operationId: 'reorderQuestions',
          summary: "Reorder a quiz's questions",
          params: LessonParams,
          body: ReorderBody,
          response: { 200: LessonResponse },
        },
      },
      async (request) => {
        const { id, mid, lid } = request.params
        return lessonViewIn(await service.reorderQuestions(actorOf(request), id, mid, lid, request.body.ids))
      },
    )

    app.put(
      `${questions}/:qid`,
      {
        onRequest: writer,
        schema: {
          tags,
          security,
          operationId: 'replaceQuestion',
          summary: 'Replace a question (new attempts use it; recorded attempts keep their version)',
          params: QuestionParams,
          body: QuestionBody,
          response: { 200: QuestionResponse },
        },
      },
      async (request) => {
        const { id, mid, lid, qid } = request.params
        return questionViewIn(
          await service.replaceQuestion(actorOf(request), id, mid, lid, qid, request.body),
        )
      },
    )

    app.delete(
      `${questions}/:qid`,
      {
        onRequest: writer,
        schema: {
          tags,
          security,
          operationId: 'removeQuestion',
          summary: 'Remove a question',
          params: QuestionParams,
          response: { 200: MessageResponse },
        },
      },
      async (request) => {
        const { id, mid, lid, qid } = request.params
        await service.removeQuestion(actorOf(request), id, mid, lid, qid)
        return { message: 'Question deleted' }
      },
    )

    app.get(
      '/courses/:id/quizzes/:lesson_id/stats',
      {
        onRequest: writer,
        schema: {
          tags,
          security,
          operationId: 'getQuizStats',
          summary: 'Attempts, pass rate, scores and per-question results of a quiz',
          params: QuizLessonParams,
          response: { 200: QuizStats },
        },
      },
      async (request) => service.quizStats(actorOf(request), request.params.id, request.params.lesson_id),
    )
  }
}
