import {
  type AuthGuards,
  actorOf,
  type Clock,
  type Database,
  type HttpServer,
} from '@smartcourse/service-kit'
import {
  createPreferencesRepository,
  NotificationPreferences,
  NotificationPreferencesBody,
} from './preferences.js'

/** GET and PUT /users/me/notification-preferences. */
export function registerPreferenceRoutes(
  app: HttpServer,
  deps: { db: Database; clock: Clock; guards: AuthGuards },
) {
  const { db, clock, guards } = deps
  const preferences = createPreferencesRepository(db)
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
    (request) => preferences.update(actorOf(request).id, request.body, clock.now()),
  )
}
