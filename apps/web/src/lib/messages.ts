import type { ApiError } from '@smartcourse/api-client'

/** What an enrollment refusal means for the learner, in words, with the API's message as fallback. */
const ENROLL_MESSAGES: Record<string, string> = {
  COURSE_FULL: 'This course is full: every seat is taken.',
  ALREADY_ENROLLED: 'You are already enrolled in this course. Find it under My courses.',
  COURSE_NOT_PUBLISHED: 'This course is not open for enrollment (it is not published, or it was archived).',
  OWN_COURSE: 'You teach this course, so you cannot enroll in it.',
  ENROLLMENT_NOT_OPEN: 'Enrollment in this course has not opened yet.',
  ENROLLMENT_CLOSED: 'Enrollment in this course has closed.',
  PREREQUISITES_NOT_MET: 'Complete the prerequisite courses listed on this page first.',
  UNAUTHORIZED: 'Please log in to enroll.',
}

export function enrollMessage(error: ApiError): string {
  return ENROLL_MESSAGES[error.code] ?? error.message
}

const PUBLISH_MESSAGES: Record<string, string> = {
  COURSE_EMPTY: 'A course needs at least one module with one lesson before it can be published.',
}

export function publishMessage(error: ApiError): string {
  return PUBLISH_MESSAGES[error.code] ? `${PUBLISH_MESSAGES[error.code]} (${error.message})` : error.message
}

export function formatPrice(price: string, currency = 'USD'): string {
  if (Number(price) === 0) return 'Free'
  return `${price} ${currency}`
}

export function percent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(2)} %`
}

/** Only http(s) links are rendered as links or media sources; anything else stays text. */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value, window.location.origin)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}
