import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError } from '@smartcourse/service-kit'
import { afterAll, describe, expect, it } from 'vitest'
import { generateSigningKeyJwk, loadSigningKey } from './signing-key.js'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('loadSigningKey', () => {
  it('generates a key once in DATA_DIR (owner-only) and keeps using it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'certs-key-'))
    dirs.push(dir)
    const first = await loadSigningKey({ DATA_DIR: dir })
    const second = await loadSigningKey({ DATA_DIR: dir })
    expect(second.publicJwk).toEqual(first.publicJwk)
    const file = join(dir, 'credential-signing-key.jwk')
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ kty: 'OKP', crv: 'Ed25519' })
  })

  it('prefers CREDENTIAL_SIGNING_KEY and publishes only its public half', async () => {
    const jwk = generateSigningKeyJwk()
    const key = await loadSigningKey({ CREDENTIAL_SIGNING_KEY: jwk, DATA_DIR: '/nonexistent' })
    expect(key.publicJwk.x).toBe(JSON.parse(jwk).x)
    expect(key.publicJwk).not.toHaveProperty('d')
  })

  it('refuses a key that is not an Ed25519 private JWK, without printing it', async () => {
    const secret = JSON.stringify({ kty: 'OKP', crv: 'X25519', d: 'c2VjcmV0LXZhbHVl', x: 'eA' })
    for (const value of [secret, 'not json at all secret-value']) {
      const attempt = loadSigningKey({ CREDENTIAL_SIGNING_KEY: value })
      await expect(attempt).rejects.toThrow(ConfigError)
      await expect(attempt).rejects.not.toThrow(/c2VjcmV0|secret-value/)
    }
  })

  it('refuses to start with neither a key nor DATA_DIR', async () => {
    await expect(loadSigningKey({})).rejects.toThrow(/CREDENTIAL_SIGNING_KEY/)
  })
})
