import type { Executor } from '@smartcourse/service-kit'
import { and, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm'
import { certificates } from '../db/tables.js'

export type CertificateRow = typeof certificates.$inferSelect
export type NewCertificate = Omit<typeof certificates.$inferInsert, 'id' | 'createdAt'>
export type CertificateRepository = typeof certificateRepository

/** Drizzle queries on `certificates.certificates`; every function takes the db or an open transaction. */
export const certificateRepository = {
  async findById(executor: Executor, id: number): Promise<CertificateRow | undefined> {
    const [row] = await executor.select().from(certificates).where(eq(certificates.id, id))
    return row
  },

  async findByEnrollment(executor: Executor, enrollmentId: number): Promise<CertificateRow | undefined> {
    const [row] = await executor
      .select()
      .from(certificates)
      .where(eq(certificates.enrollmentId, enrollmentId))
    return row
  },

  /** The certificate with one of these verification codes or this certificate number. */
  async findByCodeOrNumber(
    executor: Executor,
    keys: { codes: string[]; certificateNumber?: string },
  ): Promise<CertificateRow | undefined> {
    const conditions = []
    if (keys.codes.length > 0) conditions.push(inArray(certificates.verificationCode, keys.codes))
    if (keys.certificateNumber) conditions.push(eq(certificates.certificateNumber, keys.certificateNumber))
    if (conditions.length === 0) return undefined
    const [row] = await executor
      .select()
      .from(certificates)
      .where(or(...conditions))
      .limit(1)
    return row
  },

  /** Ids of the revoked certificates with `from <= id < to` (one status list's range). */
  async revokedIdsBetween(executor: Executor, from: number, to: number): Promise<number[]> {
    const rows = await executor
      .select({ id: certificates.id })
      .from(certificates)
      .where(and(eq(certificates.isRevoked, true), gte(certificates.id, from), lt(certificates.id, to)))
    return rows.map((row) => row.id)
  },

  /** The student's certificates, newest first. */
  listByStudent(executor: Executor, studentId: number): Promise<CertificateRow[]> {
    return executor
      .select()
      .from(certificates)
      .where(eq(certificates.studentId, studentId))
      .orderBy(desc(certificates.createdAt), desc(certificates.id))
  },

  /** The next number of the certificate sequence (never repeats; gaps are fine). */
  async nextCertificateSequence(executor: Executor): Promise<number> {
    // Both drivers (node-postgres, PGlite) answer raw queries with `{ rows }`.
    const result = (await executor.execute(
      sql`select nextval('certificates.certificate_number_seq')::text as value`,
    )) as unknown as { rows: Array<{ value: string }> }
    return Number(result.rows[0]!.value)
  },

  /**
   * Inserts a certificate; answers undefined (and changes nothing) when the enrollment already
   * has one, even if another insert is racing this one (unique enrollment_id).
   */
  async insertUnlessIssued(
    executor: Executor,
    certificate: NewCertificate,
  ): Promise<CertificateRow | undefined> {
    const [row] = await executor
      .insert(certificates)
      .values(certificate)
      .onConflictDoNothing({ target: certificates.enrollmentId })
      .returning()
    return row
  },

  /** Revokes a certificate that is not revoked yet; undefined when it is missing or already revoked. */
  async revoke(
    executor: Executor,
    id: number,
    revocation: { revokedAt: Date; revokedReason: string },
  ): Promise<CertificateRow | undefined> {
    const [row] = await executor
      .update(certificates)
      .set({ isRevoked: true, ...revocation })
      .where(and(eq(certificates.id, id), eq(certificates.isRevoked, false)))
      .returning()
    return row
  },
}
