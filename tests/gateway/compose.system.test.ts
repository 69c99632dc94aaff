import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * docker-compose.yml as Debian's standalone docker-compose 1.29 reads it (the `docker compose`
 * plugin accepts everything 1.29 does): `docker-compose config` resolves .env without a Docker
 * engine. Only PATH is passed on, so nothing from the test's own environment leaks in.
 */
async function composeConfig(envFileText: string) {
  const envFile = join(await mkdtemp(join(tmpdir(), 'smartcourse-compose-')), '.env')
  await writeFile(envFile, envFileText)
  const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', '--env-file', envFile, 'config'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
  })
  if (result.error) throw result.error
  return result
}

describe('docker-compose.yml with docker-compose 1.29', () => {
  it('refuses `cp .env.example .env` until JWT_SECRET_KEY is set, saying what to set', async () => {
    const result = await composeConfig(await readFile(join(ROOT, '.env.example'), 'utf8'))
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(
      'set JWT_SECRET_KEY in .env to a random secret of at least 32 characters, e.g. the output of openssl rand -hex 32',
    )
  })

  it('refuses to start with only JWT_SECRET_KEY set: service tokens need their own secret', async () => {
    const example = await readFile(join(ROOT, '.env.example'), 'utf8')
    const result = await composeConfig(
      example.replace(/^JWT_SECRET_KEY=$/m, `JWT_SECRET_KEY=${'a'.repeat(64)}`),
    )
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('set SERVICE_TOKEN_SECRET in .env to another random secret')
  })

  it('is valid once a secret is set, with every service and the secret passed to each', async () => {
    const secret = 'a'.repeat(64)
    const example = await readFile(join(ROOT, '.env.example'), 'utf8')
    const serviceSecret = 'b'.repeat(64)
    const result = await composeConfig(
      example
        .replace(/^JWT_SECRET_KEY=$/m, `JWT_SECRET_KEY=${secret}`)
        .replace(/^SERVICE_TOKEN_SECRET=$/m, `SERVICE_TOKEN_SECRET=${serviceSecret}`),
    )
    expect(result.stderr).not.toMatch(/invalid|error/i)
    expect(result.status).toBe(0)
    const config = parse(result.stdout)
    expect(config.name).toBeUndefined()
    expect(Object.keys(config.services).sort()).toEqual(
      [
        'certificate-service',
        'course-service',
        'enrollment-service',
        'gateway',
        'mongodb',
        'postgres',
        'progress-service',
        'redis',
        'user-service',
        // one-shot job copying the web app's build into the gateway's volume
        'web-assets',
      ].sort(),
    )
    for (const name of Object.keys(config.services).filter((service) => service.endsWith('-service'))) {
      expect(config.services[name].environment.JWT_SECRET_KEY, name).toBe(secret)
      expect(config.services[name].environment.SERVICE_TOKEN_SECRET, name).toBe(serviceSecret)
      expect(config.services[name].environment.NODE_ENV, name).toBe('production')
    }
  })
})
