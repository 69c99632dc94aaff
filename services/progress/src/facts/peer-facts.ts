import { randomBytes } from 'node:crypto'
import type {
  CourseOutline,
  CoursesClient,
  EnrollmentsClient,
  InternalEnrollment,
} from '@smartcourse/contracts'
import type { Cache } from '@smartcourse/service-kit'

/** How long a copy is kept at most, should its owner's event never arrive. */
export const FACT_TTL_SECONDS = 300
/** A generation outlives every copy tagged with it (see `lookUp`). */
const GENERATION_TTL_SECONDS = 86_400
/** A fetch that took longer than this is not stored: an invalidation may have passed it. */
const MAX_FILL_MS = 10_000
/** Enrollments whose course is remembered in the process (`courseOf`); the oldest go first. */
const MAX_REMEMBERED_COURSES = 50_000

/** A fact and where it came from: a copy may be stale by the time its owner's event is on its way. */
export interface Fact<T> {
  value: T
  fromCache: boolean
}

type Kind = 'outline' | 'enrollment'

const newGeneration = () => randomBytes(6).toString('base64url')

/**
 * The outline (course-service) and the enrollment (enrollment-service) progress-service asks for,
 * cached in the kit's cache (Redis in the distributed form, so every replica sees one copy).
 *
 * Versioned so an invalidation can never be undone by a slow reader: each fact has a generation
 * key, and its copy is stored tagged with the generation it was fetched under (`…:copy`, JSON
 * `{ generation, value }`); a copy counts only while its tag is the current generation. The
 * owner's event (course.content_changed, enrollment.status_changed) sets a new random
 * generation: copies tagged with the old one are never answered again, including one a reader
 * fetched before the change and stores after it. A warm read is one round trip (generation and
 * copy in one `mustGetMany`). Any cache error falls back to asking the owner; nothing is
 * answered from a copy the cache could not read whole. Not found is never cached.
 */
export function createPeerFacts(deps: {
  cache: Cache
  courses: CoursesClient
  enrollments: EnrollmentsClient
  now?: () => number
}) {
  const { cache } = deps
  const now = deps.now ?? Date.now
  const generationKey = (kind: Kind, id: number) => `progress:facts:${kind}:${id}:generation`
  const copyKey = (kind: Kind, id: number) => `progress:facts:${kind}:${id}:copy`
  const courseOfEnrollment = new Map<number, number>()
  function rememberCourse(enrollment: InternalEnrollment | undefined) {
    if (!enrollment || courseOfEnrollment.has(enrollment.id)) return
    if (courseOfEnrollment.size >= MAX_REMEMBERED_COURSES)
      courseOfEnrollment.delete(courseOfEnrollment.keys().next().value!)
    courseOfEnrollment.set(enrollment.id, enrollment.course_id)
  }

  /**
   * The current generation and the stored copy (null without `withCopy`); generation undefined
   * when the cache failed. A missing generation (never set, evicted, or lost with the cache) gets
   * a new random one, never a fixed default: a copy tagged with a generation that has since been
   * lost can then never be answered again.
   */
  async function lookUp(kind: Kind, id: number, withCopy: boolean) {
    const keys = withCopy ? [generationKey(kind, id), copyKey(kind, id)] : [generationKey(kind, id)]
    try {
      const [generation, copy = null] = await cache.mustGetMany(keys)
      if (generation) return { generation, copy }
      await cache.mustSet(generationKey(kind, id), newGeneration(), {
        ttlSeconds: GENERATION_TTL_SECONDS,
        onlyIfAbsent: true,
      })
      const [settled, settledCopy = null] = await cache.mustGetMany(keys)
      return { generation: settled ?? undefined, copy: settledCopy }
    } catch {
      return { generation: undefined, copy: null }
    }
  }

  /** The copy's value when it was stored under `generation`; undefined otherwise (or unreadable). */
  function copyUnder<T>(copy: string | null, generation: string): { value: T } | undefined {
    if (!copy) return undefined
    try {
      const stored = JSON.parse(copy) as { generation?: unknown; value?: T } | null
      if (stored?.generation !== generation || stored.value === undefined) return undefined
      return { value: stored.value }
    } catch {
      return undefined // The owner answers instead.
    }
  }

  /** `fresh`: ask the owner whatever is cached, and keep its answer. */
  async function read<T>(kind: Kind, id: number, fetch: () => Promise<T | undefined>, fresh = false) {
    const { generation, copy } = await lookUp(kind, id, !fresh)
    if (generation !== undefined && !fresh) {
      const cached = copyUnder<T>(copy, generation)
      if (cached) return { value: cached.value, fromCache: true }
    }
    const started = now()
    const value = await fetch()
    if (value !== undefined && generation !== undefined && now() - started < MAX_FILL_MS) {
      await cache
        .mustSet(copyKey(kind, id), JSON.stringify({ generation, value }), { ttlSeconds: FACT_TTL_SECONDS })
        .catch(() => {})
    }
    return { value, fromCache: false }
  }

  /** Moves the fact to a new generation; throws when the cache cannot take it (the event is retried). */
  async function invalidate(kind: Kind, id: number) {
    await cache.mustSet(generationKey(kind, id), newGeneration(), { ttlSeconds: GENERATION_TTL_SECONDS })
  }

  return {
    /** The enrollment, from the cache unless `fresh`; undefined when enrollment-service has none. */
    async enrollment(
      id: number,
      options: { fresh?: boolean } = {},
    ): Promise<Fact<InternalEnrollment | undefined>> {
      const fact = await read('enrollment', id, () => deps.enrollments.findEnrollment(id), options.fresh)
      rememberCourse(fact.value)
      return fact
    },
    /**
     * The course of an enrollment read before in this process (an enrollment's course never
     * changes), so a write can read the outline alongside the enrollment.
     */
    courseOf: (enrollmentId: number) => courseOfEnrollment.get(enrollmentId),
    /** The course's outline, from the cache unless `fresh`; undefined when the course does not exist. */
    outline(courseId: number, options: { fresh?: boolean } = {}): Promise<Fact<CourseOutline | undefined>> {
      return read('outline', courseId, () => deps.courses.findOutline(courseId), options.fresh)
    },
    forgetOutline: (courseId: number) => invalidate('outline', courseId),
    forgetEnrollment: (enrollmentId: number) => invalidate('enrollment', enrollmentId),
  }
}

export type PeerFacts = ReturnType<typeof createPeerFacts>
