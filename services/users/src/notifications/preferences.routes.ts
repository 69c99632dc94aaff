import { actorOf, type HttpServer, type RouteDeps } from '@smartcourse/service-kit'
import { NotificationPreferences, NotificationPreferencesBody } from './preferences.schemas.js'
import type { PreferencesService } from './preferences.service.js'

/** GET and PUT /users/me/notification-preferences. */
export function preferenceRoutes({ service: preferences, guards }: RouteDeps<PreferencesService>) {
  return async (app: HttpServer) => {
    const tags = ['users']

    app.get(
      '/users/me/notification-preferences',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getNotificationPreferences',
          summary: 'Which notification mails the signed-in user gets',
          tags,
          security: [{ bearer: [] }],
          response: { 200: NotificationPreferences },
        },
      },
      (request) => preferences.get(actorOf(request).id),
    )

    app.put(
      '/users/me/notification-preferences',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'updateNotificationPreferences',
          summary: 'Turn notification mails on or off, kind by kind',
          tags,
          security: [{ bearer: [] }],
          body: NotificationPreferencesBody,
          response: { 200: NotificationPreferences },
        },
      },
      (request) => preferences.update(actorOf(request).id, request.body),
    )
  }
}
