import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError } from '@smartcourse/service-kit'

/**
 * Reads `.env` from the directory `npm start` runs in (the project root) into process.env with
 * Node's own parser. A variable already in the real environment wins, even when it is empty.
 * ENV_FILE names another file; ENV_FILE= (empty) reads none (the test harness does that).
 * Returns the file read, if any.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.ENV_FILE === '') return undefined
  const file = resolve(env.ENV_FILE ?? '.env')
  if (!existsSync(file)) {
    if (env.ENV_FILE !== undefined)
      throw new ConfigError(`Invalid configuration:\n  ENV_FILE: names ${file}, which does not exist`)
    return undefined
  }
  process.loadEnvFile(file)
  return file
}
