import { defineConfig } from 'vitest/config'

/**
 * Three projects, chosen by file name (README "Tests"):
 *   unit    `*.test.ts`         only Node: PGlite + in-memory cache (`npm test`), or the same files
 *                               on PostgreSQL + Redis (`npm run test:integration`)
 *   system  `*.system.test.ts`  needs Debian packages: nginx, envsubst, chromium (`npm run test:system`)
 *   faults  `*.faults.test.ts`  needs real PostgreSQL/Redis servers to break (`npm run test:faults`)
 * The system and faults projects fail at start, naming what to install, when it is missing.
 */
const SYSTEM = '**/*.system.test.ts'
const FAULTS = '**/*.faults.test.ts'
const IGNORED = ['**/node_modules/**', '**/data/**', '**/dist/**']

export default defineConfig({
  test: {
    // Generous: e2e tests boot all-in-one (PGlite) as a child process, slow on a busy 2-core CI.
    testTimeout: 120_000,
    hookTimeout: 150_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...IGNORED, SYSTEM, FAULTS],
          globalSetup: ['tests/setup/servers-if-configured.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'system',
          include: [SYSTEM],
          exclude: IGNORED,
          // One file at a time: the rate-limit comparison is timed and must not share the CPU
          // with Chromium or another Nginx journey.
          fileParallelism: false,
          globalSetup: ['tests/setup/system-packages.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'faults',
          include: [FAULTS],
          exclude: IGNORED,
          globalSetup: ['tests/setup/fault-servers.ts'],
        },
      },
    ],
  },
})
