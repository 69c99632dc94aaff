import { readFileSync } from 'node:fs'
import { ConfigError } from '@smartcourse/service-kit'
import type { CertificatesConfig } from './config.js'
import type { Branding } from './pdf/certificate-pdf.js'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47])
const JPEG = Buffer.from([0xff, 0xd8, 0xff])

/** PLATFORM_* and CERTIFICATE_SIGNATORY_* as the PDF needs them; a logo that is not a PNG/JPEG is refused at start. */
export function loadBranding(config: CertificatesConfig): Branding {
  let logo: Buffer | undefined
  if (config.PLATFORM_LOGO_PATH) {
    try {
      logo = readFileSync(config.PLATFORM_LOGO_PATH)
    } catch (error) {
      throw new ConfigError(
        `Invalid configuration:\n  PLATFORM_LOGO_PATH: cannot read ${config.PLATFORM_LOGO_PATH} (${(error as Error).message})`,
      )
    }
    if (!logo.subarray(0, 4).equals(PNG) && !logo.subarray(0, 3).equals(JPEG)) {
      throw new ConfigError('Invalid configuration:\n  PLATFORM_LOGO_PATH: must be a PNG or JPEG image')
    }
  }
  return {
    platformName: config.PLATFORM_NAME,
    logo,
    signatoryName: config.CERTIFICATE_SIGNATORY_NAME,
    signatoryTitle: config.CERTIFICATE_SIGNATORY_TITLE,
  }
}
