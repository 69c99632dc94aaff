import { describe, expect, it } from 'vitest'
import { uniqueViolation } from './unique-violation.js'

describe('uniqueViolation', () => {
  it('finds the constraint of a driver error wrapped by Drizzle', () => {
    const driverError = Object.assign(new Error('duplicate key'), {
      code: '23505',
      constraint: 'users_email_lower_key',
    })
    const wrapped = new Error('Failed query', { cause: driverError })
    expect(uniqueViolation(wrapped)).toBe('users_email_lower_key')
  })

  it('ignores other database errors and plain values', () => {
    expect(uniqueViolation(Object.assign(new Error('fk'), { code: '23503' }))).toBeUndefined()
    expect(uniqueViolation('boom')).toBeUndefined()
    expect(uniqueViolation(undefined)).toBeUndefined()
  })
})
