import { actorOf, type HttpServer, type RouteDeps } from '@smartcourse/service-kit'
import { Type } from 'typebox'
import {
  AttemptListParams,
  AttemptListQuery,
  AttemptParams,
  AttemptResponse,
  AttemptStartBody,
  AttemptSubmitBody,
  QuizStats,
  QuizStatsParams,
  QuizStatsQuery,
} from './attempt.schemas.js'
import type { AttemptService } from './attempt.service.js'
import { QuizParams } from '../progress/progress.schemas.js'

const tags = ['quiz attempts']
const security = [{ bearer: [] }]

/** Taking a quiz with questions: start an attempt, submit answers, list attempts; stats for course-service. */
export function attemptRoutes({ service, guards }: RouteDeps<AttemptService>) {
  return async (app: HttpServer) => {
    app.post(
      '/progress/quizzes/:quiz_id/attempts',
      {
        onRequest: guards.user,
        schema: {
          tags,
          security,
          operationId: 'startQuizAttempt',
          summary: 'Start an attempt: the questions, without answers',
          params: QuizParams,
          body: AttemptStartBody,
          response: { 201: AttemptResponse },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await service.start(actorOf(request), request.params.quiz_id, request.body)),
    )

    app.post(
      '/progress/quizzes/:quiz_id/attempts/:attempt_id/submit',
      {
        onRequest: guards.user,
        schema: {
          tags,
          security,
          operationId: 'submitQuizAttempt',
          summary: 'Submit the answers of an attempt: graded on the server, once',
          params: AttemptParams,
          body: AttemptSubmitBody,
          response: { 200: AttemptResponse },
        },
      },
      async (request) =>
        service.submit(actorOf(request), request.params.quiz_id, request.params.attempt_id, request.body),
    )

    app.get(
      '/progress/:enrollment_id/attempts',
      {
        onRequest: guards.user,
        schema: {
          tags,
          security,
          operationId: 'listQuizAttempts',
          summary: "An enrollment's quiz attempts, oldest first (filter quiz_id)",
          params: AttemptListParams,
          querystring: AttemptListQuery,
          response: { 200: Type.Array(AttemptResponse) },
        },
      },
      async (request) => service.list(actorOf(request), request.params.enrollment_id, request.query.quiz_id),
    )

    app.get(
      '/internal/quizzes/:quiz_id/stats',
      {
        onRequest: guards.service('course-service'),
        schema: {
          tags: ['internal'],
          hide: true,
          params: QuizStatsParams,
          querystring: QuizStatsQuery,
          response: { 200: QuizStats },
        },
      },
      async (request) => service.stats(request.query.course_id, request.params.quiz_id),
    )
  }
}
