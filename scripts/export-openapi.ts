/**
 * Writes the merged OpenAPI document of every service, as the gateway serves it at
 * /openapi.json, to docs/openapi.json. With --check it fails instead when the file is stale.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AllInOneConfigSchema, startSystem } from '@smartcourse/all-in-one'
import { loadConfig } from '@smartcourse/service-kit'

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url))
const check = process.argv.includes('--check')

const dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-openapi-'))
const system = await startSystem(
  loadConfig(AllInOneConfigSchema, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'development' }),
)
const response = await system.gateway.inject({ method: 'GET', url: '/openapi.json' })
await system.close()
await rm(dataDir, { recursive: true, force: true })
const document = `${JSON.stringify(response.json(), null, 2)}\n`

if (check) {
  const current = await readFile(target, 'utf8').catch(() => '')
  if (current !== document) {
    console.error('docs/openapi.json is stale: run npm run openapi:export and commit it')
    process.exit(1)
  }
  console.log('docs/openapi.json is up to date')
} else {
  await writeFile(target, document)
  console.log(`wrote ${target}`)
}
