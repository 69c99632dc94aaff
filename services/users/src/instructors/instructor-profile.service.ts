import type { Actor, Clock, Database } from '@smartcourse/service-kit'
import { NotFoundError } from '@smartcourse/service-kit'
import { createInstructorProfileRepository } from './instructor-profile.repository.js'

export interface InstructorProfileInput {
  specialization?: string | null
  bio?: string | null
  website_url?: string | null
  linkedin_url?: string | null
}

/** Instructor profiles: public to read, written by the instructor. */
export function createInstructorProfileService(deps: { db: Database; clock: Clock }) {
  const profiles = createInstructorProfileRepository(deps.db)

  return {
    /** 404 for students, admins and deleted instructors. */
    async getProfile(userId: number) {
      const profile = await profiles.findOfInstructor(userId)
      if (!profile) throw new NotFoundError(`User ${userId} has no instructor profile`)
      return profile
    },

    /** The route admits instructors only; the profile is created if it is missing. */
    async updateOwnProfile(actor: Actor, input: InstructorProfileInput) {
      const profile = await profiles.upsert(
        actor.id,
        {
          specialization: input.specialization,
          bio: input.bio,
          websiteUrl: input.website_url,
          linkedinUrl: input.linkedin_url,
        },
        deps.clock.now(),
      )
      return profile
    },
  }
}

export type InstructorProfileService = ReturnType<typeof createInstructorProfileService>
