import { StrictObject } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

/** The notification kinds a user can turn off (account mails — reset, verification — always go). */
export const NotificationPreferences = Type.Object({
  enrollment_confirmed: Type.Boolean(),
  certificate_issued: Type.Boolean(),
  certificate_revoked: Type.Boolean(),
  waitlist_promoted: Type.Boolean(),
})
export type NotificationPreferences = Static<typeof NotificationPreferences>

/** PUT body: any subset; kinds left out keep their setting. */
export const NotificationPreferencesBody = StrictObject({
  enrollment_confirmed: Type.Optional(Type.Boolean()),
  certificate_issued: Type.Optional(Type.Boolean()),
  certificate_revoked: Type.Optional(Type.Boolean()),
  waitlist_promoted: Type.Optional(Type.Boolean()),
})
export type NotificationPreferencesBody = Static<typeof NotificationPreferencesBody>

export const ALL_ON: NotificationPreferences = {
  enrollment_confirmed: true,
  certificate_issued: true,
  certificate_revoked: true,
  waitlist_promoted: true,
}
