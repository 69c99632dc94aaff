import { installLine, missingTools, type Tool } from './requirements.js'

/** What the `*.system.test.ts` files run: Nginx with its rendered template, headless Chromium, docker-compose. */
export const SYSTEM_TOOLS: Tool[] = [
  { name: 'nginx', debianPackage: 'nginx', versionArgs: ['-v'] },
  { name: 'envsubst', debianPackage: 'gettext-base', versionArgs: ['--version'] },
  { name: 'openssl', debianPackage: 'openssl', versionArgs: ['version'] },
  { name: '/usr/bin/chromium', debianPackage: 'chromium' },
  // Validates docker-compose.yml as the standalone 1.29 reads it (no Docker engine needed).
  { name: 'docker-compose', debianPackage: 'docker-compose', versionArgs: ['version'] },
]

/** vitest globalSetup of the system project: fail the whole run, never skip, when a tool is missing. */
export default function requireSystemPackages() {
  const missing = missingTools(SYSTEM_TOOLS)
  if (missing.length > 0) {
    throw new Error(
      `npm run test:system needs ${missing.map((tool) => tool.name).join(', ')}; ${installLine(SYSTEM_TOOLS)}`,
    )
  }
}
