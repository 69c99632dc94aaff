/**
 * Catalog benchmark: is the cost of a catalog page independent of the catalog's size?
 *
 * Boots all-in-one in this process (PGlite in a temp dir, or DATABASE_URL/REDIS_URL when set),
 * measures each scenario with autocannon at a small catalog, grows the catalog tenfold and
 * measures again. Results are ratios against numbers from the same run: the gateway's banner
 * (the cost of the HTTP path alone) and the same scenario at the small size.
 */
import { rm } from 'node:fs/promises'
import autocannon from 'autocannon'
import { startBenchSystem } from './bench-system.js'
import { callApi } from './api.js'

const SMALL = Number(process.env.BENCH_SMALL ?? 500)
const LARGE = Number(process.env.BENCH_LARGE ?? 5000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
/** A page at ten times the catalog must keep at least this share of its throughput. */
const MIN_SCALING_RATIO = 0.7

const { system, dataDir, base } = await startBenchSystem('bench')
const call = (method: string, path: string, body?: unknown, token?: string) =>
  callApi(base, method, path, body, token)

const run = Date.now().toString(36)
await call('POST', '/api/v1/auth/register', {
  email: `bench-${run}@example.test`,
  username: `bench${run}`,
  password: 'bench-password-1',
  role: 'instructor',
})
const { access_token: token } = await call('POST', '/api/v1/auth/login', {
  email: `bench-${run}@example.test`,
  password: 'bench-password-1',
})

let created = 0
/** Publishes courses until the catalog holds `total`; only the first ten mention "kubernetes". */
async function growCatalog(total: number) {
  const publishOne = async (index: number) => {
    const special = index < 10 ? ' kubernetes' : ''
    const course = await call(
      'POST',
      '/api/v1/courses',
      {
        title: `Course ${index} on topic ${index % 97}${special}`,
        description: `Lessons about subject ${index % 31} and practice ${index % 13}`,
        category: `category-${index % 10}`,
        level: ['beginner', 'intermediate', 'advanced'][index % 3],
        price: String((index % 200) + 0.99),
      },
      token,
    )
    const module = await call('POST', `/api/v1/courses/${course.id}/modules`, { title: 'Module' }, token)
    await call(
      'POST',
      `/api/v1/courses/${course.id}/modules/${module.module_id}/lessons`,
      { title: 'Lesson', type: 'text' },
      token,
    )
    await call('POST', `/api/v1/courses/${course.id}/publish`, undefined, token)
  }
  while (created < total) {
    const batch = Array.from({ length: Math.min(20, total - created) }, (_, i) => created + i)
    await Promise.all(batch.map(publishOne))
    created += batch.length
  }
}

const scenarios = {
  banner: '/',
  'catalog page': '/api/v1/courses?page=1&page_size=20',
  'catalog, deep page': '/api/v1/courses?page=10&page_size=20',
  'filter + sort by price': '/api/v1/courses?category=category-3&level=beginner&sort=price',
  'search (ten matches at any size)': '/api/v1/courses?search=kubernetes',
}

async function measure(path: string) {
  const result = await autocannon({ url: `${base}${path}`, connections: 10, duration: SECONDS })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { rps: result.requests.average, p99: result.latency.p99 }
}

async function measureAll() {
  const results: Record<string, { rps: number; p99: number }> = {}
  for (const [name, path] of Object.entries(scenarios)) results[name] = await measure(path)
  return results
}

/** Steady state: the embedded database refreshes its planner statistics every 10 s. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 11_000))

await growCatalog(SMALL)
await settle()
const small = await measureAll()
await growCatalog(LARGE)
await settle()
const large = await measureAll()

const rows = Object.keys(scenarios).map((name) => ({
  scenario: name,
  [`req/s @${SMALL}`]: Math.round(small[name]!.rps),
  [`req/s @${LARGE}`]: Math.round(large[name]!.rps),
  [`p99 ms @${LARGE}`]: large[name]!.p99,
  'vs banner': Number((large[name]!.rps / large.banner!.rps).toFixed(2)),
  [`@${LARGE} / @${SMALL}`]: Number((large[name]!.rps / small[name]!.rps).toFixed(2)),
}))
console.table(rows)
console.log(`memory: rss ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MiB after ${LARGE} courses`)

const failing = rows.filter(
  (row) => row.scenario !== 'banner' && (row[`@${LARGE} / @${SMALL}`] as number) < MIN_SCALING_RATIO,
)
await system.close()
await rm(dataDir, { recursive: true, force: true })
if (failing.length > 0) {
  console.error(
    `Throughput fell below ${MIN_SCALING_RATIO}× when the catalog grew: ${failing.map((row) => row.scenario).join(', ')}`,
  )
  process.exitCode = 1
}
console.log(
  `OK: every catalog scenario keeps ≥ ${MIN_SCALING_RATIO}× its throughput at ${LARGE / SMALL}× the catalog.`,
)
