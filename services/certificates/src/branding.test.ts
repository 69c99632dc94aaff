import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadBranding } from './branding.js'
import type { CertificatesConfig } from './config.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'certs-branding-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const config = (changes: Partial<CertificatesConfig>) =>
  ({ PLATFORM_NAME: 'Académie Nova', ...changes }) as CertificatesConfig

describe('loadBranding', () => {
  it('reads a PNG or JPEG logo and the signatory', async () => {
    const png = join(dir, 'logo.png')
    await writeFile(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const branding = loadBranding(
      config({
        PLATFORM_LOGO_PATH: png,
        CERTIFICATE_SIGNATORY_NAME: 'Ada',
        CERTIFICATE_SIGNATORY_TITLE: 'Dean',
      }),
    )
    expect(branding).toMatchObject({
      platformName: 'Académie Nova',
      signatoryName: 'Ada',
      signatoryTitle: 'Dean',
    })
    expect(branding.logo?.subarray(1, 4).toString('latin1')).toBe('PNG')
  })

  it('refuses a logo that is missing or not an image', async () => {
    const text = join(dir, 'not-a-logo.png')
    await writeFile(text, 'hello')
    for (const path of [text, join(dir, 'missing.png')]) {
      expect(() => loadBranding(config({ PLATFORM_LOGO_PATH: path }))).toThrow(ConfigError)
    }
  })

  it('has no logo unless one is configured', () => {
    expect(loadBranding(config({})).logo).toBeUndefined()
  })
})
