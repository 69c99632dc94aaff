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

export const IdParam = Type.Integer({ minimum: 1, maximum: 2_147_483_647 })
