import { defineGatewaySuite } from '../gateway/gateway.suite.js'
import { startAllInOne } from './all-in-one.js'

// The same gateway behaviour suite that runs against Nginx, here against the embedded gateway
// of all-in-one with the real services behind it.
defineGatewaySuite('embedded gateway (all-in-one)', () => startAllInOne())
