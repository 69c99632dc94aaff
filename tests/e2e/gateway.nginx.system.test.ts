import { defineGatewaySuite } from '../gateway/gateway.suite.js'
import { startNginxInFrontOfServices } from './nginx-distributed.js'

// The gateway behaviour suite against real Nginx (the repo's template, rendered as in compose)
// in front of the five real services, each on its own port and talking to its peers over HTTP.
defineGatewaySuite('nginx in front of the real services', () => startNginxInFrontOfServices())
