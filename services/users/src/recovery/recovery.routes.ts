import { actorOf, type HttpServer, MessageResponse, type RouteDeps } from '@smartcourse/service-kit'
import { TokenResponse } from '../auth/auth.schemas.js'
import {
  ChangePasswordBody,
  FORGOT_PASSWORD_MESSAGE,
  ForgotPasswordBody,
  ResetPasswordBody,
  VerifyEmailBody,
} from './recovery.schemas.js'
import type { RecoveryService } from './recovery.service.js'

/** POST /auth/password/{forgot,reset,change}, /auth/verify-email and /auth/verify-email/resend. */
export function recoveryRoutes({ service: recovery, guards }: RouteDeps<RecoveryService>) {
  return async (app: HttpServer) => {
    const tags = ['auth']

    app.post(
      '/auth/password/forgot',
      {
        schema: {
          operationId: 'forgotPassword',
          summary: 'Mail a password reset link (always 202, whether or not the account exists)',
          errors: [429],
          tags,
          body: ForgotPasswordBody,
          response: { 202: MessageResponse },
        },
      },
      async (request, reply) => {
        await recovery.forgotPassword(request.body.email, request.ip)
        reply.code(202)
        return { message: FORGOT_PASSWORD_MESSAGE }
      },
    )

    app.post(
      '/auth/password/reset',
      {
        schema: {
          operationId: 'resetPassword',
          summary: 'Set a new password with the mailed token; ends every session',
          errors: [400],
          tags,
          body: ResetPasswordBody,
          response: { 200: MessageResponse },
        },
      },
      async (request) => {
        await recovery.resetPassword(request.body.token, request.body.new_password)
        return { message: 'Password changed; sign in with the new password' }
      },
    )

    app.post(
      '/auth/password/change',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'changePassword',
          summary: 'Change the password; other sessions end, this one goes on with the returned tokens',
          errors: [403, 429],
          tags,
          security: [{ bearer: [] }],
          body: ChangePasswordBody,
          response: { 200: TokenResponse },
        },
      },
      (request) => recovery.changePassword(actorOf(request), request.body),
    )

    app.post(
      '/auth/verify-email',
      {
        schema: {
          operationId: 'verifyEmail',
          summary: 'Confirm the e-mail address with the mailed token',
          errors: [400],
          tags,
          body: VerifyEmailBody,
          response: { 200: MessageResponse },
        },
      },
      async (request) => {
        await recovery.verifyEmail(request.body.token)
        return { message: 'E-mail address verified' }
      },
    )

    app.post(
      '/auth/verify-email/resend',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'resendVerificationEmail',
          summary: 'Mail a new verification link to the signed-in user',
          errors: [409, 429],
          tags,
          security: [{ bearer: [] }],
          response: { 202: MessageResponse },
        },
      },
      async (request, reply) => {
        await recovery.resendVerification(actorOf(request))
        reply.code(202)
        return { message: 'A new verification link is on its way' }
      },
    )
  }
}
