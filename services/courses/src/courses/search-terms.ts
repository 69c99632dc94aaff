/** Characters with a meaning in `to_tsquery` syntax; in a search box they only separate words. */
const QUERY_SYNTAX = /['"&|!():*<>\\]/g

/** At most this many words count; a search box longer than that is noise, not intent. */
const MAX_WORDS = 8

/**
 * The two `to_tsquery` texts of what a user typed: `all` needs every word, `any` one of them.
 * Every word is quoted, so the text-search parser reads it as it reads a course (stemming,
 * stop words dropped, `node.js` kept whole), and nothing the user types is query syntax. The
 * last word matches as a prefix (`sql ind` finds "SQL indexes"): search as you type.
 * Undefined when nothing searchable is left (only punctuation).
 */
export function searchTerms(search: string): { all: string; any: string; words: number } | undefined {
  const words = search.replace(QUERY_SYNTAX, ' ').split(/\s+/).filter(Boolean).slice(0, MAX_WORDS)
  if (words.length === 0) return undefined
  const quoted = words.map((word, i) => `'${word}'${i === words.length - 1 ? ':*' : ''}`)
  return { all: quoted.join(' & '), any: quoted.join(' | '), words: words.length }
}
