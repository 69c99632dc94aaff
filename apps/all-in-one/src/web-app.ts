import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import { errorBody } from '@smartcourse/service-kit'
import type { FastifyInstance } from 'fastify'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
export const WEB_SOURCE_DIR = join(repoRoot, 'apps/web')
export const WEB_DIST_DIR = join(WEB_SOURCE_DIR, 'dist')
const STAMP = '.source-hash'
/** What the build is made from: when any of it changes, the build is stale. */
const INPUTS = [
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'apps/web/src',
  'packages/api-client/src',
]

/**
 * The web app's Content-Security-Policy: scripts, styles, fonts and API calls from this origin
 * only. Lesson videos are the instructors' own URLs, so media may come from any https host.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

async function listFiles(path: string): Promise<string[]> {
  if (!existsSync(path)) return []
  if (statSync(path).isFile()) return [path]
  const entries = await readdir(path, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.endsWith('.test.ts'))
      .map((entry) => listFiles(join(path, entry.name))),
  )
  return nested.flat().sort()
}

export async function webSourceHash(): Promise<string> {
  const hash = createHash('sha256')
  for (const input of INPUTS) {
    for (const file of await listFiles(join(repoRoot, input))) {
      hash
        .update(relative(repoRoot, file))
        .update('\0')
        .update(await readFile(file))
        .update('\0')
    }
  }
  return hash.digest('hex')
}

/**
 * Builds apps/web with Vite when its build is missing or older than its sources, so that
 * `npm ci && npm start` stays the only two commands. A checkout without the sources (an image
 * that ships only the build) serves what it has.
 */
export async function ensureWebBuild(log: (message: string) => void = console.log): Promise<void> {
  if (!existsSync(join(WEB_SOURCE_DIR, 'src'))) return
  const hash = await webSourceHash()
  const built = await readFile(join(WEB_DIST_DIR, STAMP), 'utf8').catch(() => undefined)
  if (built === hash && existsSync(join(WEB_DIST_DIR, 'index.html'))) return
  log(
    `Building the web app (apps/web) because its build is ${built === undefined ? 'missing' : 'stale'}; this takes a few seconds…`,
  )
  // Into a directory of its own, then swapped in: two processes starting at once never serve half a build.
  const outDir = `${WEB_DIST_DIR}.tmp-${process.pid}`
  const vitePackage = createRequire(join(WEB_SOURCE_DIR, 'package.json')).resolve('vite/package.json')
  const vite = join(vitePackage, '..', 'bin', 'vite.js')
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: WEB_SOURCE_DIR,
      env: { ...process.env, WEB_OUT_DIR: outDir, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.once('error', () => done(1))
    child.once('exit', (status) => done(status ?? 1))
  })
  if (code !== 0) {
    await rm(outDir, { recursive: true, force: true })
    log('The web app could not be built (see above); the API runs without it.')
    return
  }
  await writeFile(join(outDir, STAMP), hash)
  await rm(WEB_DIST_DIR, { recursive: true, force: true })
  await rename(outDir, WEB_DIST_DIR).catch(() => rm(outDir, { recursive: true, force: true }))
  log('Web app built: open /app/')
}

function isFileIn(root: string, path: string): boolean {
  const full = resolve(root, path)
  if (!full.startsWith(root + sep)) return false
  try {
    return statSync(full).isFile()
  } catch {
    return false
  }
}

/**
 * Serves the built web app at /app/ (client-side routes fall back to index.html) with its CSP,
 * and sends browsers that ask for a page at / to it; API clients keep the JSON banner.
 */
export async function registerWebApp(app: FastifyInstance, distDir = WEB_DIST_DIR) {
  const root = resolve(distDir)
  await app.register(fastifyStatic, { root, serve: false, decorateReply: true })

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || request.url !== '/') return
    if (request.headers.accept?.includes('text/html')) return reply.redirect('/app/', 302)
  })

  app.get('/app', (_request, reply) => reply.redirect('/app/', 301))
  app.get('/app/*', (request, reply) => {
    if (!existsSync(join(root, 'index.html'))) {
      return reply
        .code(503)
        .send(
          errorBody('SERVICE_UNAVAILABLE', 'The web app is not built: restart with `npm start` to build it'),
        )
    }
    const path = decodeURIComponent((request.params as { '*': string })['*'].split('?')[0] ?? '')
    reply.header('content-security-policy', WEB_CSP)
    if (path !== '' && isFileIn(root, path)) {
      // Vite names built assets by their content hash: they never change.
      const immutable = path.startsWith('assets/')
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      return reply.sendFile(path, { cacheControl: false })
    }
    if (path.startsWith('assets/')) {
      return reply.code(404).send(errorBody('NOT_FOUND', `Route GET /app/${path} not found`))
    }
    reply.header('cache-control', 'no-cache')
    return reply.sendFile('index.html', { cacheControl: false })
  })
}

// `npm run build:web`: the same check and build as `npm start` does, without starting anything.
if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureWebBuild()
