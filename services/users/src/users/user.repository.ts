import { type Executor, preparedOnce } from '@smartcourse/service-kit'
import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm'
import { instructorProfiles, type UserRow, users } from '../db/tables.js'

export type Role = UserRow['role']

export interface NewUser {
  email: string
  username: string
  hashedPassword: string
  firstName?: string | null
  lastName?: string | null
  role: Role
  isVerified?: boolean
}

export interface ProfilePatch {
  firstName?: string | null
  lastName?: string | null
  bio?: string | null
  profileImageUrl?: string | null
}

export interface UserListFilter {
  role?: Role
  search?: string
  offset: number
  limit: number
}

const byEmail = (email: string) => sql`lower(${users.email}) = lower(${email})`

/** Escapes LIKE wildcards so a search for "a_b" finds "a_b", not "axb". */
function likePattern(term: string) {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
}

/** SQL for accounts, their profile fields and soft deletion. Rows include deleted users. */
export function createUserRepository(executor: Executor) {
  return {
    async findById(id: number): Promise<UserRow | undefined> {
      const query = preparedOnce(executor, 'users_find_by_id', () =>
        executor
          .select()
          .from(users)
          .where(eq(users.id, sql.placeholder('id')))
          .prepare('users_find_by_id'),
      )
      const [row] = await query.execute({ id })
      return row
    },

    /** Case-insensitive; deleted accounts included because their email stays reserved. */
    async findByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await executor.select().from(users).where(byEmail(email))
      return row
    },

    /** Which of email and username are already used (case-insensitively, deleted accounts too). */
    async findTaken(email: string, username: string) {
      const rows = await executor
        .select({ email: users.email, username: users.username })
        .from(users)
        .where(or(byEmail(email), sql`lower(${users.username}) = lower(${username})`))
      return {
        email: rows.some((row) => row.email.toLowerCase() === email.toLowerCase()),
        username: rows.some((row) => row.username.toLowerCase() === username.toLowerCase()),
      }
    },

    async insertUser(user: NewUser): Promise<UserRow> {
      const [row] = await executor.insert(users).values(user).returning()
      return row!
    },

    /** Inserts unless the email or username is taken; undefined when nothing was inserted. */
    async insertUserIfAbsent(user: NewUser): Promise<UserRow | undefined> {
      const [row] = await executor.insert(users).values(user).onConflictDoNothing().returning()
      return row
    },

    async insertInstructorProfile(userId: number): Promise<void> {
      await executor.insert(instructorProfiles).values({ userId }).onConflictDoNothing()
    },

    async recordLogin(id: number, at: Date, rehashedPassword?: string): Promise<void> {
      await executor
        .update(users)
        .set(rehashedPassword ? { lastLoginAt: at, hashedPassword: rehashedPassword } : { lastLoginAt: at })
        .where(eq(users.id, id))
    },

    /** Updates a live (not deleted) user; undefined when there is none. */
    async updateProfile(id: number, patch: ProfilePatch, at: Date): Promise<UserRow | undefined> {
      const [row] = await executor
        .update(users)
        .set({ ...patch, updatedAt: at })
        .where(and(eq(users.id, id), eq(users.isDeleted, false)))
        .returning()
      return row
    },

    /** Marks a live user deleted and inactive; undefined when there is none. */
    async softDelete(id: number, at: Date): Promise<UserRow | undefined> {
      const [row] = await executor
        .update(users)
        .set({ isDeleted: true, isActive: false, updatedAt: at, tokensValidAfter: at })
        .where(and(eq(users.id, id), eq(users.isDeleted, false)))
        .returning()
      return row
    },

    /** The live user's row, locked until the transaction ends (serializes per-account limits). */
    async lockLive(id: number): Promise<UserRow | undefined> {
      const [row] = await executor
        .select()
        .from(users)
        .where(and(eq(users.id, id), eq(users.isDeleted, false)))
        .for('update')
      return row
    },

    /** New password hash; every access token issued up to `at` stops working. */
    async setPassword(id: number, hashedPassword: string, at: Date): Promise<void> {
      await executor
        .update(users)
        .set({ hashedPassword, updatedAt: at, tokensValidAfter: at })
        .where(eq(users.id, id))
    },

    async markVerified(id: number, at: Date): Promise<UserRow | undefined> {
      const [row] = await executor
        .update(users)
        .set({ isVerified: true, updatedAt: at })
        .where(and(eq(users.id, id), eq(users.isDeleted, false)))
        .returning()
      return row
    },

    /** Makes the account an active admin with this password hash (used by the admin bootstrap). */
    async makeActiveAdmin(id: number, hashedPassword: string, at: Date): Promise<void> {
      await executor
        .update(users)
        .set({
          role: 'admin',
          isActive: true,
          isDeleted: false,
          hashedPassword,
          updatedAt: at,
          tokensValidAfter: at,
        })
        .where(eq(users.id, id))
    },

    /** A page of live users, oldest first, and how many match in all. */
    async list(filter: UserListFilter): Promise<{ rows: UserRow[]; total: number }> {
      const conditions: SQL[] = [eq(users.isDeleted, false)]
      if (filter.role) conditions.push(eq(users.role, filter.role))
      if (filter.search) {
        const pattern = likePattern(filter.search)
        conditions.push(
          or(
            ilike(users.email, pattern),
            ilike(users.username, pattern),
            ilike(users.firstName, pattern),
            ilike(users.lastName, pattern),
            ilike(sql`concat_ws(' ', ${users.firstName}, ${users.lastName})`, pattern),
          )!,
        )
      }
      const where = and(...conditions)
      const [rows, [total]] = await Promise.all([
        executor
          .select()
          .from(users)
          .where(where)
          .orderBy(asc(users.id))
          .limit(filter.limit)
          .offset(filter.offset),
        executor.select({ value: count() }).from(users).where(where),
      ])
      return { rows, total: total?.value ?? 0 }
    },
  }
}

export type UserRepository = ReturnType<typeof createUserRepository>
