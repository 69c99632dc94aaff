const MAX_BASE_LENGTH = 200

/** `"Intro to SQL!"` → `"intro-to-sql"`: lowercase ASCII words joined by dashes. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, '')
  return slug || 'course'
}

/**
 * The base slug if it is free, otherwise `base-N` with N one more than the highest suffix
 * taken (starting at 2). `taken` holds the base and the slugs that start with `base-`.
 */
export function nextSlug(base: string, taken: string[]): string {
  if (!taken.includes(base)) return base
  const suffix = new RegExp(`^${base}-(\\d{1,9})$`)
  let highest = 1
  for (const slug of taken) {
    const match = suffix.exec(slug)
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  return `${base}-${highest + 1}`
}
