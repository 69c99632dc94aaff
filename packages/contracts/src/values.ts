import { Type } from 'typebox'

/* Values written the same way by every service: timestamps and money. */

/** ISO 8601 UTC timestamp in responses (Date objects serialize with a `Z`). */
export const Timestamp = Type.String({ format: 'date-time' })
export const NullableTimestamp = Type.Union([Timestamp, Type.Null()])

/** Money in: a number or a decimal string, at least 0, at most two decimals. */
export const MoneyInput = Type.Union([
  Type.Number({ minimum: 0, maximum: 99_999_999.99, multipleOf: 0.01 }),
  Type.String({ pattern: '^(0|[1-9]\\d{0,7})(\\.\\d{1,2})?$' }),
])

/** Money out: a decimal string with two places, e.g. "49.99". */
export const Money = Type.String({ pattern: '^\\d+\\.\\d{2}$' })

export function toMoney(value: number | string): string {
  return Number(value).toFixed(2)
}
