import { type TProperties, Type } from 'typebox'

/** A request body: unknown fields are refused (422), never silently dropped. */
export function StrictObject<T extends TProperties>(properties: T) {
  return Type.Object(properties, { additionalProperties: false })
}

export const ErrorResponse = Type.Object({
  success: Type.Literal(false),
  message: Type.String(),
  error_code: Type.String(),
  details: Type.Optional(Type.Unknown()),
})

export const MessageResponse = Type.Object({ message: Type.String() })

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

export const IdParam = Type.Integer({ minimum: 1, maximum: 2_147_483_647 })
