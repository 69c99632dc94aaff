import type { Executor } from '@smartcourse/service-kit'
import { and, eq } from 'drizzle-orm'
import { type InstructorProfileRow, instructorProfiles, users } from '../db/tables.js'

export interface InstructorProfilePatch {
  specialization?: string | null
  bio?: string | null
  websiteUrl?: string | null
  linkedinUrl?: string | null
}

/** SQL for instructor profiles. */
export function createInstructorProfileRepository(executor: Executor) {
  return {
    /** The profile of a live instructor; undefined for anyone else. */
    async findOfInstructor(userId: number): Promise<InstructorProfileRow | undefined> {
      const [row] = await executor
        .select({ profile: instructorProfiles })
        .from(instructorProfiles)
        .innerJoin(users, eq(users.id, instructorProfiles.userId))
        .where(
          and(
            eq(instructorProfiles.userId, userId),
            eq(users.role, 'instructor'),
            eq(users.isDeleted, false),
          ),
        )
      return row?.profile
    },

    /** Applies the patch, creating the profile first if the instructor has none yet. */
    async upsert(userId: number, patch: InstructorProfilePatch, at: Date): Promise<InstructorProfileRow> {
      const [row] = await executor
        .insert(instructorProfiles)
        .values({ userId, ...patch })
        .onConflictDoUpdate({ target: instructorProfiles.userId, set: { ...patch, updatedAt: at } })
        .returning()
      return row!
    },
  }
}
