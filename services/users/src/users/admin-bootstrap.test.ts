import { describe, expect, it } from 'vitest'
import { usernameFromEmail } from './admin-bootstrap.js'

describe('usernameFromEmail', () => {
  it('uses the local part when it is a valid username', () => {
    expect(usernameFromEmail('root.admin@example.test')).toBe('root.admin')
  })

  it('replaces characters a username may not hold and pads short ones', () => {
    expect(usernameFromEmail('a+b@example.test')).toBe('a_b')
    expect(usernameFromEmail('x@example.test')).toBe('adminx')
    expect(usernameFromEmail(`${'y'.repeat(120)}@example.test`)).toHaveLength(90)
  })
})
