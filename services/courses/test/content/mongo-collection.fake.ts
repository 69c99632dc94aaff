import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Collection, Document } from 'mongodb'

type Doc = Record<string, any>

/** `modules.module_id: 3` matches when some module has module_id 3; other keys compare by equality. */
function matches(doc: Doc, filter: Doc): boolean {
  return Object.entries(filter).every(([key, expected]) => {
    if (key === 'modules.module_id') return (doc.modules ?? []).some((m: Doc) => m.module_id === expected)
    return doc[key] === expected
  })
}

function applyUpdate(doc: Doc, update: Doc, filter: Doc, inserted: boolean) {
  for (const [path, amount] of Object.entries(update.$inc ?? {}))
    doc[path] = (doc[path] ?? 0) + (amount as number)
  for (const [path, value] of Object.entries(update.$set ?? {})) doc[path] = structuredClone(value)
  if (inserted)
    for (const [path, value] of Object.entries(update.$setOnInsert ?? {})) doc[path] = structuredClone(value)
  for (const [path, value] of Object.entries(update.$push ?? {})) {
    if (path === 'modules') doc.modules.push(structuredClone(value))
    else if (path === 'modules.$.lessons') {
      const module = doc.modules.find((m: Doc) => m.module_id === filter['modules.module_id'])
      module.lessons.push(structuredClone(value))
    } else throw new Error(`fake collection: unsupported $push path ${path}`)
  }
}

function project(doc: Doc, options: Doc | undefined) {
  const copy = structuredClone(doc)
  if (options?.projection?._id === 0) delete copy._id
  return copy
}

/**
 * An in-memory stand-in for the handful of Collection methods the MongoDB store calls, with
 * one operation at a time (like a single-document write in MongoDB) and a yield before each,
 * so concurrent calls interleave. It checks the store's own logic where no MongoDB server
 * runs; MongoDB's real semantics are checked by the same contract with MONGODB_URL set.
 */
export function createFakeMongoCollection(): Collection<Document> {
  const docs: Doc[] = []
  let nextObjectId = 1
  const fake = {
    async createIndex() {
      return 'course_id_1'
    },
    async findOne(filter: Doc, options?: Doc) {
      await nextTurn()
      const doc = docs.find((d) => matches(d, filter))
      return doc ? project(doc, options) : null
    },
    async findOneAndUpdate(filter: Doc, update: Doc, options: Doc = {}) {
      await nextTurn()
      let doc = docs.find((d) => matches(d, filter))
      let inserted = false
      if (!doc) {
        if (!options.upsert) return null
        doc = { _id: nextObjectId++, ...filter }
        docs.push(doc)
        inserted = true
      }
      applyUpdate(doc, update, filter, inserted)
      return project(doc, options)
    },
    async updateOne(filter: Doc, update: Doc) {
      await nextTurn()
      const doc = docs.find((d) => matches(d, filter))
      if (doc) applyUpdate(doc, update, filter, false)
      return { matchedCount: doc ? 1 : 0, modifiedCount: doc ? 1 : 0 }
    },
  }
  return fake as unknown as Collection<Document>
}
