/**
 * Shared component schemas for the OpenAPI document: every named schema a service registers
 * (its `*.schemas.ts` exports) that a request body or response uses becomes
 * `#/components/schemas/<Name>`, and each use of it a `$ref`. Matching is by content, on the
 * document as @fastify/swagger rendered it, so what validates requests is what is documented.
 */

/** The TypeBox schemas among a module's exports (objects with a JSON Schema shape). */
export function namedSchemas(...modules: Array<Record<string, unknown>>): Record<string, object> {
  const schemas: Record<string, object> = {}
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (/^[A-Z]/.test(name) && isObjectSchema(value)) schemas[name] = value
    }
  }
  return schemas
}

function isObjectSchema(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const schema = value as Record<string, unknown>
  return schema.type === 'object' || Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)
}

/** Key-order independent JSON of a schema, memoised per object (the walk meets each subtree often). */
const canonicalCache = new WeakMap<object, string>()
function canonical(value: unknown): string {
  if (!value || typeof value !== 'object') return JSON.stringify(value)
  const cached = canonicalCache.get(value)
  if (cached !== undefined) return cached
  let text: string
  if (Array.isArray(value)) text = `[${value.map(canonical).join(',')}]`
  else {
    const entries = Object.entries(value)
      .filter(([key]) => key !== 'title')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    text = `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`
  }
  canonicalCache.set(value, text)
  return text
}

interface Document {
  paths?: Record<string, unknown>
  components?: { schemas?: Record<string, unknown> }
}

/**
 * Replaces inline copies of the document's named component schemas with `$ref`s and drops the
 * named ones nothing refers to (e.g. path parameter objects, which OpenAPI splits up anyway).
 * `keep` names components that stay even when unused here (the shared ErrorResponse).
 */
export function hoistComponents<T extends Document>(document: T, keep: string[] = []): T {
  const schemas = document.components?.schemas ?? {}
  const byContent = new Map<string, string>()
  for (const [name, schema] of Object.entries(schemas)) {
    if (isObjectSchema(schema)) byContent.set(canonical(schema), name)
  }
  const used = new Set(keep)
  const visit = (node: unknown, self?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item))
    if (!node || typeof node !== 'object') return node
    const name = byContent.get(canonical(node))
    if (name && name !== self) {
      used.add(name)
      return { $ref: `#/components/schemas/${name}` }
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)]))
  }
  const paths = visit(document.paths ?? {}) as Record<string, unknown>
  const hoisted = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, visit(schema, name)]),
  )
  // A component used only by another used component is used too.
  const referenced = (name: string, seen = new Set<string>()) => {
    if (seen.has(name)) return
    seen.add(name)
    used.add(name)
    for (const match of JSON.stringify(hoisted[name] ?? {}).matchAll(
      /#\/components\/schemas\/([A-Za-z0-9_.-]+)/g,
    )) {
      referenced(match[1]!, seen)
    }
  }
  for (const name of [...used]) referenced(name)
  const components = Object.fromEntries(Object.entries(hoisted).filter(([name]) => used.has(name)))
  return { ...document, paths, components: { ...document.components, schemas: components } }
}
