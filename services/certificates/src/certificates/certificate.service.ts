import {
  type CertificateIssuedPayload,
  type CertificateRevokedPayload,
  type CoursesClient,
  type EnrollmentCompletedPayload,
  type EnrollmentsClient,
  type EventPayloads,
  EventTypes,
  type ProgressClient,
  type UsersClient,
} from '@smartcourse/contracts'
import {
  type Actor,
  type Clock,
  type EventEnvelope,
  type Executor,
  ForbiddenError,
  isAdmin,
  NotFoundError,
  type Outbox,
} from '@smartcourse/service-kit'
import { type Branding, renderCertificatePdf } from '../pdf/certificate-pdf.js'
import { lookupKeys, newVerificationCode } from '../verification/verification-code.js'
import { assessmentOf } from './assessment.js'
import {
  CertificateAlreadyIssuedError,
  CertificateAlreadyRevokedError,
  CertificateNotFoundError,
  EmailNotVerifiedError,
  EnrollmentNotCompletedError,
  RevocationReasonTooShortError,
} from './certificate.errors.js'
import type { CertificateRepository, CertificateRow, NewCertificate } from './certificate.repository.js'
import type { CertificateTransactions } from './certificate-transactions.js'
import { certificateLinks } from './certificate.schemas.js'
import { gradeEnrollment } from './grading.js'

/** The little of a logger this service needs (pino's and Fastify's loggers fit). */
export interface WarningLogger {
  warn(details: object, message: string): void
}

export interface CertificateServiceDeps {
  repository: CertificateRepository
  transactions: CertificateTransactions
  clock: Clock
  users: Pick<UsersClient, 'findUser'>
  courses: Pick<CoursesClient, 'findOutline'>
  enrollments: Pick<EnrollmentsClient, 'findEnrollment'>
  progress: Pick<ProgressClient, 'getProgress'>
  publicBaseUrl: string
  branding: Branding
  logger: WarningLogger
  /** certificate.issued / certificate.revoked go out through it (user-service mails the student). */
  outbox: Pick<Outbox<EventPayloads>, 'publish' | 'nudge'>
  /** REQUIRE_VERIFIED_FOR_CERTIFICATES: no certificate until the student's e-mail is verified. */
  requireVerified?: boolean
}

type CompletedEnrollment = Pick<EnrollmentCompletedPayload, 'enrollment_id' | 'student_id' | 'course_id'>
/** Everything a certificate needs from other services, read before any transaction opens. */
type IssueFacts = Omit<NewCertificate, 'certificateNumber' | 'issueDate' | 'verificationCode' | 'issuedById'>

/** `SC-2026-000042`; the sequence part grows past six digits instead of wrapping. */
export function formatCertificateNumber(year: number, sequence: number): string {
  return `SC-${year}-${String(sequence).padStart(6, '0')}`
}

/** Issuing (automatic and manual), reading, verifying, revoking and printing certificates. */
export function createCertificateService(deps: CertificateServiceDeps) {
  const { repository, transactions, clock, users, courses, enrollments, progress, logger } = deps
  const db = transactions.reads

  /**
   * Remote reads only, at once: grade from the outline's quizzes and the best scores, names as
   * they are now. The instructor's name waits only for the outline (which names the instructor),
   * not for the other two calls.
   */
  async function gatherFacts(enrollment: CompletedEnrollment): Promise<IssueFacts | undefined> {
    const outlineRead = courses.findOutline(enrollment.course_id)
    const [outline, scores, student, instructor] = await Promise.all([
      outlineRead,
      progress.getProgress(enrollment.enrollment_id),
      users.findUser(enrollment.student_id),
      outlineRead.then((found) => (found ? users.findUser(found.instructor_id) : undefined)),
    ])
    if (!outline || !student) return undefined
    // Waits rather than fails: the event is refused (409) and its outbox retries until verified.
    if (deps.requireVerified && student.is_verified !== true) throw new EmailNotVerifiedError(student.id)
    const { grade, scorePercentage } = gradeEnrollment(outline.lessons, scores.quiz_scores)
    return {
      enrollmentId: enrollment.enrollment_id,
      studentId: enrollment.student_id,
      courseId: enrollment.course_id,
      grade,
      scorePercentage: scorePercentage === null ? null : scorePercentage.toFixed(2),
      // A progress-service that does not say how scores were obtained: assume self-reported.
      assessment: assessmentOf(
        outline.lessons,
        scores.quiz_scores,
        scores.self_reported_quizzes ?? Object.keys(scores.quiz_scores).map(Number),
      ),
      studentName: displayName(student),
      courseTitle: outline.title,
      instructorId: outline.instructor_id,
      instructorName: instructor ? displayName(instructor) : '',
    }
  }

  async function insertCertificate(tx: Executor, facts: IssueFacts, issuedById: number | null) {
    const now = clock.now()
    const sequence = await repository.nextCertificateSequence(tx)
    const row = await repository.insertUnlessIssued(tx, {
      ...facts,
      certificateNumber: formatCertificateNumber(now.getUTCFullYear(), sequence),
      issueDate: now.toISOString().slice(0, 10),
      verificationCode: newVerificationCode(),
      issuedById,
    })
    if (row) {
      const links = certificateLinks(deps.publicBaseUrl, row)
      const event: CertificateIssuedPayload = {
        certificate_id: row.id,
        student_id: row.studentId,
        course_id: row.courseId,
        course_title: row.courseTitle,
        certificate_number: row.certificateNumber,
        verification_url: links.verificationUrl,
        pdf_url: links.certificateUrl,
      }
      await deps.outbox.publish(tx, EventTypes.certificateIssued, event)
    }
    return row
  }

  async function getRow(id: number): Promise<CertificateRow> {
    const row = await repository.findById(db, id)
    if (!row) throw new CertificateNotFoundError(id)
    return row
  }

  async function getForStudentOrAdmin(actor: Actor, id: number): Promise<CertificateRow> {
    const row = await getRow(id)
    if (!isAdmin(actor) && actor.id !== row.studentId) {
      throw new ForbiddenError('Only the student or an admin may download this certificate')
    }
    return row
  }

  return {
    /**
     * Reacts to `enrollment.completed`: issues the enrollment's certificate exactly once, however
     * often and however concurrently the event arrives (processed event ids + unique enrollment_id).
     * A peer that is down makes this throw, so the publisher's outbox retries later.
     */
    /** Issues the certificate of a completed enrollment once; false when it was issued before. */
    async issueOnCompletion(event: Pick<EventEnvelope, 'id' | 'type'>, payload: CompletedEnrollment) {
      if (await repository.findByEnrollment(db, payload.enrollment_id)) return false
      const facts = await gatherFacts(payload)
      if (!facts) {
        // Nothing a retry could change: the course or the student does not exist.
        logger.warn({ event: event.id, ...payload }, 'no certificate issued: course or student not found')
        return true
      }
      const applied = await transactions.runOnce(event, async (tx) => {
        await insertCertificate(tx, facts, null)
      })
      void deps.outbox.nudge()
      return applied
    },

    /** An admin issues the certificate of a completed enrollment that has none. */
    async issueManually(admin: Actor, enrollmentId: number): Promise<CertificateRow> {
      if (await repository.findByEnrollment(db, enrollmentId)) {
        throw new CertificateAlreadyIssuedError(enrollmentId)
      }
      const enrollment = await enrollments.findEnrollment(enrollmentId)
      if (!enrollment) throw new NotFoundError(`Enrollment ${enrollmentId} not found`)
      if (enrollment.status !== 'completed') throw new EnrollmentNotCompletedError(enrollmentId)
      const facts = await gatherFacts({
        enrollment_id: enrollment.id,
        student_id: enrollment.student_id,
        course_id: enrollment.course_id,
      })
      if (!facts) {
        throw new NotFoundError(`The course or the student of enrollment ${enrollmentId} no longer exists`)
      }
      const row = await transactions.run((tx) => insertCertificate(tx, facts, admin.id))
      if (!row) throw new CertificateAlreadyIssuedError(enrollmentId)
      void deps.outbox.nudge()
      return row
    },

    listMine(actor: Actor): Promise<CertificateRow[]> {
      return repository.listByStudent(db, actor.id)
    },

    /** The certificate, for its student, the course's instructor or an admin. */
    async getCertificate(actor: Actor, id: number): Promise<CertificateRow> {
      const row = await getRow(id)
      if (!isAdmin(actor) && actor.id !== row.studentId && actor.id !== row.instructorId) {
        throw new ForbiddenError(
          'Only the student, the course instructor or an admin may see this certificate',
        )
      }
      return row
    },

    /**
     * Public lookup by verification code (any case, O/0 and I/L/1 alike, with or without hyphens;
     * legacy codes exactly) or by certificate number; undefined when nothing matches.
     */
    findByVerificationCode(code: string): Promise<CertificateRow | undefined> {
      return repository.findByCodeOrNumber(db, lookupKeys(code))
    },

    async revoke(id: number, reason: string): Promise<CertificateRow> {
      const revokedReason = reason.trim()
      if (revokedReason.length < 10) throw new RevocationReasonTooShortError()
      const row = await transactions.run(async (tx) => {
        const revoked = await repository.revoke(tx, id, { revokedAt: clock.now(), revokedReason })
        if (!revoked) return undefined
        const event: CertificateRevokedPayload = {
          certificate_id: revoked.id,
          student_id: revoked.studentId,
          course_id: revoked.courseId,
          course_title: revoked.courseTitle,
          certificate_number: revoked.certificateNumber,
          reason: revokedReason,
          verification_url: certificateLinks(deps.publicBaseUrl, revoked).verificationUrl,
        }
        await deps.outbox.publish(tx, EventTypes.certificateRevoked, event)
        return revoked
      })
      if (row) {
        void deps.outbox.nudge()
        return row
      }
      await getRow(id)
      throw new CertificateAlreadyRevokedError(id)
    },

    /** The certificate, for its student or an admin (what they may download: PDF, credential). */
    getForStudentOrAdmin,

    /** The printable PDF, for its student or an admin. */
    async renderPdf(actor: Actor, id: number) {
      const row = await getForStudentOrAdmin(actor, id)
      const pdf = await renderCertificatePdf(
        {
          studentName: row.studentName,
          courseTitle: row.courseTitle,
          instructorName: row.instructorName,
          issueDate: row.issueDate,
          grade: row.grade,
          scorePercentage: row.scorePercentage === null ? null : Number(row.scorePercentage),
          certificateNumber: row.certificateNumber,
          verificationCode: row.verificationCode,
          verificationUrl: certificateLinks(deps.publicBaseUrl, row).verificationUrl,
          revokedOn: row.revokedAt ? row.revokedAt.toISOString().slice(0, 10) : null,
        },
        deps.branding,
      )
      return { pdf, filename: `certificate-${row.certificateNumber}.pdf` }
    },
  }
}

export type CertificateService = ReturnType<typeof createCertificateService>

function displayName(user: { full_name: string; username: string }): string {
  return user.full_name.trim() || user.username
}
