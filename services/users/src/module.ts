import {
  type Cache,
  type Clock,
  createAuthGuards,
  type Database,
  type HttpServer,
  type TokenService,
} from '@smartcourse/service-kit'
import { registerAuthRoutes } from './auth/auth.routes.js'
import { createAuthService } from './auth/auth.service.js'
import { createLoginThrottle } from './auth/login-throttle.js'
import type { UsersConfig } from './config.js'
import { registerInstructorProfileRoutes } from './instructors/instructor-profile.routes.js'
import { createInstructorProfileService } from './instructors/instructor-profile.service.js'
import { registerInternalUserRoutes } from './internal/internal-user.routes.js'
import { type BootstrapLogger, ensureAdmin } from './users/admin-bootstrap.js'
import { registerUserRoutes } from './users/user.routes.js'
import { createUserService } from './users/user.service.js'

export interface UsersModuleDeps {
  db: Database
  cache: Cache
  tokens: TokenService
  clock: Clock
  config: Pick<UsersConfig, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>
  logger?: BootstrapLogger
}

/** user-service's routes and start-up work, ready to mount on any Fastify server. */
export function createUsersModule(deps: UsersModuleDeps) {
  const { db, cache, tokens, clock, config } = deps
  const guards = createAuthGuards(tokens)
  const auth = createAuthService({ db, tokens, clock, throttle: createLoginThrottle({ cache }) })
  const users = createUserService({ db, tokens, clock })
  const profiles = createInstructorProfileService({ db, clock })

  return {
    routes: async (app: HttpServer) => {
      registerAuthRoutes(app, { auth, guards })
      registerUserRoutes(app, { users, guards })
      registerInstructorProfileRoutes(app, { profiles, guards })
      registerInternalUserRoutes(app, { db, guards })
    },

    /** Ensures the ADMIN_EMAIL admin exists when both ADMIN_EMAIL and ADMIN_PASSWORD are set. */
    async start() {
      if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
        await ensureAdmin(
          { db, tokens, clock, logger: deps.logger },
          { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD },
        )
      }
    },

    async stop() {},
  }
}

export type UsersModule = ReturnType<typeof createUsersModule>
