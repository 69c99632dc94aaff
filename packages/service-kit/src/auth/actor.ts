export type Role = 'student' | 'instructor' | 'admin'

/** The signed-in caller of a request, taken from a verified access token. */
export interface Actor {
  id: number
  email: string
  role: Role
  jti: string
  expiresAt: number
}

export function isAdmin(actor: Actor | undefined): boolean {
  return actor?.role === 'admin'
}
