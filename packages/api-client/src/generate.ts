import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

export const schemaFile = fileURLToPath(new URL('./schema.ts', import.meta.url))
const documentFile = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url))

const HEADER =
  '// Generated from docs/openapi.json by `npm run generate -w @smartcourse/api-client`. Do not edit.\n'

/** The TypeScript types of the merged OpenAPI document, as the committed schema.ts must read. */
export async function renderSchema(): Promise<string> {
  const document = JSON.parse(await readFile(documentFile, 'utf8'))
  const ast = await openapiTS(document, { alphabetize: true })
  return HEADER + astToString(ast)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(schemaFile, await renderSchema())
  console.log(`wrote ${schemaFile}`)
}
