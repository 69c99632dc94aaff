import type { Clock, Database } from '@smartcourse/service-kit'
import { createPreferencesRepository } from './preferences.repository.js'
import type { NotificationPreferencesBody } from './preferences.schemas.js'

/** A user's notification preferences: which kinds of mail they get. */
export function createPreferencesService(deps: { db: Database; clock: Clock }) {
  const preferences = createPreferencesRepository(deps.db)
  return {
    get: (userId: number) => preferences.get(userId),
    update: (userId: number, patch: NotificationPreferencesBody) =>
      preferences.update(userId, patch, deps.clock.now()),
  }
}

export type PreferencesService = ReturnType<typeof createPreferencesService>
