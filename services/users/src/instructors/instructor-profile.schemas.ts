import { StrictObject } from '@smartcourse/service-kit'
import { Type } from 'typebox'
import type { InstructorProfileRow } from '../db/tables.js'
import { BioInput, HttpUrl } from '../users/user.schemas.js'

const NullableString = Type.Union([Type.String(), Type.Null()])

/** InstructorProfileResponse (docs/openapi.json). */
export const InstructorProfileResponse = Type.Object({
  id: Type.Integer(),
  user_id: Type.Integer(),
  specialization: NullableString,
  bio: NullableString,
  website_url: NullableString,
  linkedin_url: NullableString,
  total_students: Type.Integer(),
  total_courses: Type.Integer(),
  average_rating: Type.Number(),
  total_reviews: Type.Integer(),
  is_verified: Type.Boolean(),
})

const NullableUrl = Type.Union([HttpUrl, Type.Null()])

export const InstructorProfileUpdateBody = StrictObject({
  specialization: Type.Optional(Type.Union([Type.String({ maxLength: 255 }), Type.Null()])),
  bio: Type.Optional(BioInput),
  website_url: Type.Optional(NullableUrl),
  linkedin_url: Type.Optional(NullableUrl),
})

export function toInstructorProfileResponse(profile: InstructorProfileRow) {
  return {
    id: profile.id,
    user_id: profile.userId,
    specialization: profile.specialization,
    bio: profile.bio,
    website_url: profile.websiteUrl,
    linkedin_url: profile.linkedinUrl,
    total_students: profile.totalStudents,
    total_courses: profile.totalCourses,
    average_rating: Number(profile.averageRating),
    total_reviews: profile.totalReviews,
    is_verified: profile.isVerified,
  }
}
