import { InternalProgress } from '@smartcourse/contracts'
import { actorOf, type HttpServer, type IdempotentRouteDeps, NotFoundError } from '@smartcourse/service-kit'
import {
  EnrollmentParams,
  LessonCompleteBody,
  LessonParams,
  PositionBody,
  ProgressResponse,
  ProgressSummary,
  QuizParams,
  QuizSubmitBody,
  toProgressResponse,
  toProgressSummary,
} from './progress.schemas.js'
import type { ProgressService } from './progress.service.js'

const tags = ['progress']
const security = [{ bearer: [] }]

/** The progress routes of docs/API.md#endpoints and the internal read for certificate-service. */
export function progressRoutes({ service, guards, idempotency }: IdempotentRouteDeps<ProgressService>) {
  return async (app: HttpServer) => {
    app.get(
      '/progress/:enrollment_id',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getProgress',
          errors: [403, 404],
          tags,
          security,
          params: EnrollmentParams,
          response: { 200: ProgressResponse },
        },
      },
      async (request) => {
        const { row, measure } = await service.read(actorOf(request), request.params.enrollment_id)
        return toProgressResponse(row, measure)
      },
    )

    app.get(
      '/progress/:enrollment_id/summary',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getProgressSummary',
          errors: [403, 404],
          tags,
          security,
          params: EnrollmentParams,
          response: { 200: ProgressSummary },
        },
      },
      async (request) => {
        const { row, measure } = await service.read(actorOf(request), request.params.enrollment_id)
        return toProgressSummary(row, measure)
      },
    )

    app.post(
      '/progress/lessons/:lesson_id/complete',
      {
        onRequest: guards.user,
        ...idempotency.hooks,
        schema: {
          operationId: 'completeLesson',
          headers: idempotency.headers,
          errors: [403, 404, 409],
          tags,
          security,
          summary: 'Complete a lesson (idempotent; time accumulates)',
          params: LessonParams,
          body: LessonCompleteBody,
          response: { 200: ProgressResponse },
        },
      },
      async (request) => {
        const { row, measure } = await service.completeLesson(
          actorOf(request),
          request.params.lesson_id,
          request.body,
        )
        return toProgressResponse(row, measure)
      },
    )

    app.post(
      '/progress/quizzes/:quiz_id/submit',
      {
        onRequest: guards.user,
        ...idempotency.hooks,
        schema: {
          operationId: 'submitQuiz',
          headers: idempotency.headers,
          errors: [403, 404, 409],
          tags,
          security,
          summary: 'Submit a quiz score (the best one is kept; 60 or more completes the lesson)',
          params: QuizParams,
          body: QuizSubmitBody,
          response: { 200: ProgressResponse },
        },
      },
      async (request) => {
        const { row, measure } = await service.submitQuiz(
          actorOf(request),
          request.params.quiz_id,
          request.body,
        )
        return toProgressResponse(row, measure)
      },
    )

    app.put(
      '/progress/:enrollment_id/position',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'setPosition',
          errors: [403, 404, 409],
          tags,
          security,
          summary: 'Set the resume point',
          params: EnrollmentParams,
          body: PositionBody,
          response: { 200: ProgressResponse },
        },
      },
      async (request) => {
        const { row, measure } = await service.setPosition(
          actorOf(request),
          request.params.enrollment_id,
          request.body,
        )
        return toProgressResponse(row, measure)
      },
    )

    app.get(
      '/internal/progress/:enrollment_id',
      {
        onRequest: guards.service('certificate-service'),
        schema: {
          tags: ['internal'],
          hide: true,
          params: EnrollmentParams,
          response: { 200: InternalProgress },
        },
      },
      async (request) => {
        const progress = await service.findRecorded(request.params.enrollment_id)
        if (!progress) throw new NotFoundError(`No progress for enrollment ${request.params.enrollment_id}`)
        return progress
      },
    )
  }
}
