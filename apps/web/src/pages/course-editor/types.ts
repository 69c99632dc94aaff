import type { ResponseOf } from '@smartcourse/api-client'

export type Course = ResponseOf<'/api/v1/courses/{id}', 'get'>
export type Content = ResponseOf<'/api/v1/courses/{id}/content', 'get'>
export type Module = Content['modules'][number]
export type Lesson = Module['lessons'][number]

/** Where a module or lesson sits in its list, and how to move it one place up (-1) or down (+1). */
export interface Placement {
  first: boolean
  last: boolean
  onMove: (direction: -1 | 1) => void
}
