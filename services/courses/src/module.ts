import {
  type EnrollmentsClient,
  type EventPayloads,
  outboxRoutingOf,
  type QuizStatsClient,
} from '@smartcourse/contracts'
import { createAuthGuards, createIdempotency, createServiceEvents } from '@smartcourse/service-kit'
import type { HttpServer, ServiceClient, ServiceModuleDeps } from '@smartcourse/service-kit'
import type { CourseContentStore } from './content/content-store.js'
import { contentRoutes } from './content/content.routes.js'
import { createContentService } from './content/content.service.js'
import { createCatalogCounts } from './courses/catalog-counts.js'
import { createCatalogPages } from './courses/catalog-pages.js'
import { createPublishedCourseCache } from './courses/published-course-cache.js'
import { createCourseAccess } from './courses/course-access.js'
import { createCourseRepository } from './courses/course.repository.js'
import { courseRoutes } from './courses/course.routes.js'
import { createCourseService } from './courses/course.service.js'
import { eventTables, idempotencyKeys } from './db/tables.js'
import { eligibilityRoutes } from './eligibility/eligibility.routes.js'
import { createEligibilityService } from './eligibility/eligibility.service.js'
import { outlineRoutes } from './outline/outline.routes.js'
import { createContentChangeAnnouncer } from './outline/content-changed.js'
import { createOutlineService } from './outline/outline.service.js'

export interface CoursesModuleDeps extends ServiceModuleDeps {
  /** Who is actively enrolled (lesson bodies, archived courses). */
  enrollments: EnrollmentsClient
  /** Where modules and lessons live: MongoDB when MONGODB_URL is set, else Postgres jsonb. */
  contentStore: CourseContentStore
  /** progress-service's attempt statistics (GET /courses/{id}/quizzes/{lesson_id}/stats). */
  quizStats: QuizStatsClient
  /** Receives course.capacity_changed at POST /internal/events (enrollment-service). */
  enrollmentEvents: ServiceClient
  /** Receives course.content_changed at POST /internal/events (progress-service's outline cache). */
  progressEvents: ServiceClient
  /** CATALOG_PAGE_CACHE (default true): cache rendered catalog pages. */
  catalogPageCache?: boolean
}

/** course-service's features wired together; buildApp (app.ts) mounts it. */
export function createCoursesModule(deps: CoursesModuleDeps) {
  const guards = createAuthGuards(deps.tokens, 'course-service')
  const repository = createCourseRepository(deps.db)
  const access = createCourseAccess(deps.enrollments)
  const counts = createCatalogCounts(deps.cache, (filter) => repository.count(filter))
  const pages = createCatalogPages(deps.cache, counts, { enabled: deps.catalogPageCache ?? true })
  const published = createPublishedCourseCache(deps.cache, counts)
  const events = createServiceEvents<EventPayloads>(deps, {
    tables: eventTables,
    ...outboxRoutingOf('courses', { enrollments: deps.enrollmentEvents, progress: deps.progressEvents }),
    deadLetters: { guards, service: 'courses', label: 'Course' },
  })
  const { outbox } = events
  const idempotency = createIdempotency({ db: deps.db, table: idempotencyKeys, clock: deps.clock })
  const changes = createContentChangeAnnouncer(deps.db, outbox)
  const courseService = createCourseService({
    repository,
    counts,
    pages,
    published,
    access,
    contentStore: deps.contentStore,
    clock: deps.clock,
    outbox,
    changes,
  })
  const outlineService = createOutlineService({ courses: repository, store: deps.contentStore })
  const eligibilityService = createEligibilityService({ courses: repository, enrollments: deps.enrollments })
  const contentService = createContentService({
    courses: repository,
    store: deps.contentStore,
    access,
    quizStats: deps.quizStats,
    changes,
    onCourseChanged: () => counts.invalidate(),
  })

  return {
    async routes(app: HttpServer) {
      await app.register(courseRoutes({ service: courseService, guards, idempotency }))
      await app.register(eligibilityRoutes({ service: eligibilityService, guards }))
      await app.register(contentRoutes({ service: contentService, guards }))
      await app.register(outlineRoutes({ service: outlineService, guards }))
      await app.register(events.deadLetterRoutes)
    },
    async start() {
      await deps.contentStore.init()
      events.start()
    },
    stop: events.stop,
  }
}

export type CoursesModule = ReturnType<typeof createCoursesModule>
