import type { AuthGuards } from './auth/guards.js'
import type { Idempotency } from './idempotency.js'

/** What a route module receives (ARCHITECTURE.md, "The service template"): its service and the guards. */
export interface RouteDeps<Service> {
  service: Service
  guards: AuthGuards
}

/** A route module whose creating routes take an Idempotency-Key. */
export interface IdempotentRouteDeps<Service> extends RouteDeps<Service> {
  idempotency: Idempotency
}
