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
/** A generation outlives every copy written under it (see `generationOf`). */
const GENERATION_TTL_SECONDS = 86_400
/** A fetch that took longer than this is not stored: an invalidation may have passed it. */
const MAX_FILL_MS = 10_000

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
 * key, and copies are stored under `…:<generation>`. The owner's event (course.content_changed,
 * enrollment.status_changed) sets a new random generation: copies under the old one are never
 * read again, including one a reader fetched before the change and stores after it. Any cache
 * error falls back to asking the owner; nothing is answered from a copy the cache could not
 * read whole. Not found is never cached.
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
  const copyKey = (kind: Kind, id: number, generation: string) => `progress:facts:${kind}:${id}:${generation}`

  /**
   * The current generation; undefined when the cache failed. A missing generation (never set,
   * evicted, or lost with the cache) gets a new random one, never a fixed default: a copy written
   * under a generation that has since been lost can then never be read again.
   */
  async function generationOf(kind: Kind, id: number) {
    const key = generationKey(kind, id)
    try {
      const [generation] = await cache.mustGetMany([key])
      if (generation) return generation
      await cache.mustSet(key, newGeneration(), { ttlSeconds: GENERATION_TTL_SECONDS, onlyIfAbsent: true })
      const [settled] = await cache.mustGetMany([key])
      return settled ?? undefined
    } catch {
      return undefined
    }
  }

  /** `fresh`: ask the owner whatever is cached, and keep its answer. */
  async function read<T>(kind: Kind, id: number, fetch: () => Promise<T | undefined>, fresh = false) {
    const generation = await generationOf(kind, id)
    if (generation !== undefined && !fresh) {
      try {
        const [copy] = await cache.mustGetMany([copyKey(kind, id, generation)])
        if (copy) return { value: JSON.parse(copy) as T, fromCache: true }
      } catch {
        // The owner answers instead.
      }
    }
    const started = now()
    const value = await fetch()
    if (value !== undefined && generation !== undefined && now() - started < MAX_FILL_MS) {
      await cache
        .mustSet(copyKey(kind, id, generation), JSON.stringify(value), { ttlSeconds: FACT_TTL_SECONDS })
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
    enrollment(id: number, options: { fresh?: boolean } = {}): Promise<Fact<InternalEnrollment | undefined>> {
      return read('enrollment', id, () => deps.enrollments.findEnrollment(id), options.fresh)
    },
    /** The course's outline, from the cache unless `fresh`; undefined when the course does not exist. */
    outline(courseId: number, options: { fresh?: boolean } = {}): Promise<Fact<CourseOutline | undefined>> {
      return read('outline', courseId, () => deps.courses.findOutline(courseId), options.fresh)
    },
    forgetOutline: (courseId: number) => invalidate('outline', courseId),
    forgetEnrollment: (enrollmentId: number) => invalidate('enrollment', enrollmentId),
  }
}

export type PeerFacts = ReturnType<typeof createPeerFacts>
