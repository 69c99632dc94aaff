import { NullableTimestamp, Timestamp } from '@smartcourse/contracts'
import type { InternalUser } from '@smartcourse/contracts'
import { IdParam, PageQueryProperties, StrictObject } from '@smartcourse/service-kit'
import { Type } from 'typebox'
import type { UserRow } from '../db/tables.js'

/** ISO 8601 UTC with a `Z`, the form every timestamp takes in responses. */
export const iso = (date: Date) => date.toISOString()
export const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null)

export const RoleSchema = Type.Enum(['student', 'instructor', 'admin'])
const NullableString = Type.Union([Type.String(), Type.Null()])

/** A person's name part as stored (varchar(100)). */
export const NameInput = Type.Union([Type.String({ maxLength: 100 }), Type.Null()])
/** Links shown to other users must be http(s): no javascript: or data: URLs. */
export const HttpUrl = Type.String({ maxLength: 500, pattern: '^https?://[^\\s]+$' })
export const BioInput = Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])

export const UserIdParams = Type.Object({ id: IdParam })

/** UserListResponse (docs/openapi.json); UserResponse starts with the same fields. */
export const UserListItem = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  username: Type.String(),
  first_name: NullableString,
  last_name: NullableString,
  role: RoleSchema,
  is_active: Type.Boolean(),
})

/** UserResponse (docs/openapi.json): what the user and admins see. */
export const UserResponse = Type.Object({
  ...UserListItem.properties,
  is_verified: Type.Boolean(),
  profile_image_url: NullableString,
  bio: NullableString,
  created_at: Timestamp,
  updated_at: Timestamp,
  last_login_at: NullableTimestamp,
})

/** What other signed-in users see: no email, no account state. */
export const PublicUserResponse = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  first_name: NullableString,
  last_name: NullableString,
  role: RoleSchema,
  is_verified: Type.Boolean(),
  profile_image_url: NullableString,
  bio: NullableString,
  created_at: Timestamp,
})

export const UserListQuery = Type.Object({
  ...PageQueryProperties,
  role: Type.Optional(RoleSchema),
  search: Type.Optional(Type.String({ maxLength: 100 })),
})

/** Only these four are writable; anything else (role, email, is_active …) is a 422. */
export const UserUpdateBody = StrictObject({
  first_name: Type.Optional(NameInput),
  last_name: Type.Optional(NameInput),
  bio: Type.Optional(BioInput),
  profile_image_url: Type.Optional(Type.Union([HttpUrl, Type.Null()])),
})

export function toUserResponse(user: UserRow) {
  return {
    ...toUserListItem(user),
    profile_image_url: user.profileImageUrl,
    bio: user.bio,
    created_at: iso(user.createdAt),
    updated_at: iso(user.updatedAt),
    last_login_at: isoOrNull(user.lastLoginAt),
  }
}

/** GET /users/{id}: the full account for self and admins, the public profile for the rest. */
export function toUserView({ user, view }: { user: UserRow; view: 'account' | 'public' }) {
  return view === 'account' ? toUserResponse(user) : toPublicProfile(user)
}

/** Built field by field, so the email can never leak even if a schema were loosened. */
export function toPublicProfile(user: UserRow) {
  return {
    ...publicNameAndRole(user),
    is_verified: user.isVerified,
    profile_image_url: user.profileImageUrl,
    bio: user.bio,
    created_at: iso(user.createdAt),
  }
}

export function toUserListItem(user: UserRow) {
  return {
    ...publicNameAndRole(user),
    email: user.email,
    is_active: user.isActive && !user.isDeleted,
    is_verified: user.isVerified,
  }
}

/** What every view of a user shows, the public profile included. */
function publicNameAndRole(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    first_name: user.firstName,
    last_name: user.lastName,
    role: user.role,
  }
}

/** The contracts' InternalUser; `full_name` falls back to the username when no name is set. */
export function toInternalUser(user: UserRow): InternalUser {
  const fullName = [user.firstName, user.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ')
  return { ...toUserListItem(user), full_name: fullName || user.username }
}
