import { startAllInOne } from './all-in-one.js'
import { defineJourneySuite, JOURNEY_ADMIN } from './journey.suite.js'

defineJourneySuite('the journey on all-in-one (npm start)', () =>
  startAllInOne({ env: { ADMIN_EMAIL: JOURNEY_ADMIN.email, ADMIN_PASSWORD: JOURNEY_ADMIN.password } }),
)
