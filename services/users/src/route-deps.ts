import type { AuthGuards } from '@smartcourse/service-kit'

/** What each users route plugin is given: the one service its routes call, and the guards. */
export interface RouteDeps<Service> {
  service: Service
  guards: AuthGuards
}
