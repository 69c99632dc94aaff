import { defineJourneySuite, JOURNEY_ADMIN } from './journey.suite.js'
import { startNginxInFrontOfServices } from './nginx-distributed.js'

defineJourneySuite('the journey through nginx and five services over HTTP', () =>
  startNginxInFrontOfServices({ ADMIN_EMAIL: JOURNEY_ADMIN.email, ADMIN_PASSWORD: JOURNEY_ADMIN.password }),
)
