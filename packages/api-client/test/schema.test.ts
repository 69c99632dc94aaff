import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderSchema, schemaFile } from '../src/generate.js'

describe('generated API types', () => {
  it('match docs/openapi.json (run `npm run generate -w @smartcourse/api-client` when this fails)', async () => {
    const committed = await readFile(schemaFile, 'utf8')
    expect(committed === (await renderSchema()), 'packages/api-client/src/schema.ts is stale').toBe(true)
  })
})
