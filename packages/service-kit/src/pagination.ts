import { type TSchema, Type } from 'typebox'

/**
 * `?page=&page_size=` as docs/API.md#pagination defines them. `page` is capped so the offset stays a number the
 * database takes (a larger one is an out-of-range 422, not a failed query).
 */
export const PageQueryProperties = {
  page: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 }),
  page_size: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
}

export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    page_size: Type.Integer(),
    total_pages: Type.Integer(),
  })
}

/** What a list route was asked: `?page=&page_size=`. */
export interface PageQuery {
  page: number
  page_size: number
}

/** The page answer (PageOf) of `items`, one page of `total`, for the page asked. */
export function toPage<T>(items: T[], total: number, { page, page_size }: PageQuery) {
  return { items, total, page, page_size, total_pages: Math.ceil(total / page_size) }
}

export function pageOffset(page: number, pageSize: number) {
  return (page - 1) * pageSize
}
