/**
 * Search benchmark: does catalog search cost what a plain catalog page costs, at 1,000 to
 * 100,000 courses, for a rare word and for a word in 20 % of the catalog?
 *
 * Boots all-in-one in this process (PGlite in a temp dir, or DATABASE_URL/REDIS_URL when set),
 * bulk-inserts published courses straight into the courses table (with a progress bar), and
 * at each size measures through the gateway with autocannon: the plain catalog page, then the
 * searches. Results are ratios against the plain page of the same size in the same run, read
 * from the database like a search (CATALOG_PAGE_CACHE=false: the rendered-page cache would
 * otherwise answer the page and not the search); the cached page is measured for information.
 * At the largest size it also times the naive search (ILIKE + COUNT) against the repository's
 * query directly in the database.
 */
import { rm } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { startBenchSystem } from './bench-system.js'
import { type SQLWrapper, sql } from 'drizzle-orm'
import { createCourseRepository, tierCount } from '../services/courses/src/courses/course.repository.js'
import { callApi, progressBar } from './api.js'

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
/** A search must cost at most this many plain pages (throughput of the page / of the search). */
const MAX_COST_RATIO = 2
/** At the largest size, the naive search must cost at least this many of ours. */
const MIN_NAIVE_RATIO = 5
const BATCH = 5000
/** Alternating page/search pairs per search (BENCH_SEARCH_ROUNDS). */
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 3)

// Searches are never served from the page cache; the page they are compared with must not be.
process.env.CATALOG_PAGE_CACHE = 'false'
const { system, dataDir, base } = await startBenchSystem('bench-search')
const { db } = system.database

async function call(method: string, path: string, body?: unknown, token?: string): Promise<any> {
  // After a long bulk insert the kept-alive connection may be gone: one retry on a fresh one.
  const send = () => callApi(base, method, path, body, token)
  return send().catch(send)
}

const run = Date.now().toString(36)
await call('POST', '/api/v1/auth/register', {
  email: `bench-search-${run}@example.test`,
  username: `benchsearch${run}`,
  password: 'bench-password-1',
  role: 'instructor',
})
const { access_token: token } = await call('POST', '/api/v1/auth/login', {
  email: `bench-search-${run}@example.test`,
  password: 'bench-password-1',
})

let inserted = 0
/**
 * Published courses up to `total`, newest last. "python" is in the title of every tenth and in
 * the description of every tenth other (20 % of the catalog); "kubernetes" in one title per
 * 10,000; "SQL indexes" in one title per 100 (and "sql" alone in two more descriptions).
 */
async function growCatalog(total: number) {
  const start = inserted
  while (inserted < total) {
    const from = inserted + 1
    const to = Math.min(inserted + BATCH, total)
    await db.execute(sql`
      with words as (
        select array['design','data','cloud','security','marketing','finance','music','photography',
                     'writing','statistics','machine','learning','react','node','excel','leadership',
                     'negotiation','drawing','cooking','spanish','german','physics','chemistry','biology',
                     'history','philosophy','guitar','piano','yoga','fitness','nutrition','investing',
                     'accounting','sales','branding','seo','testing','devops','linux','networking',
                     'algorithms','rust','golang','typescript','swift','kotlin','painting','poetry',
                     'economics','astronomy'] as w
      )
      insert into courses.courses
        (title, slug, description, instructor_id, category, level, price, status, published_at)
      select
        initcap(w[1 + (g * 7) % 50] || ' ' || w[1 + (g * 13) % 50])
          || case when g % 10 = 0 then ' with Python' else '' end
          || case when g % 10000 = 1 then ' on Kubernetes' else '' end
          || case when g % 100 = 3 then ' and SQL indexes' else '' end
          || ' ' || g,
        'bench-search-' || g,
        'Learn ' || w[1 + (g * 17) % 50] || ' and ' || w[1 + (g * 31) % 50]
          || case when g % 10 = 5 then ' using python' else '' end
          || case when g % 100 in (13, 23) then ' with sql' else '' end
          || ', step by step.',
        1 + g % 2000,
        'category-' || (g % 20),
        (array['beginner','intermediate','advanced'])[1 + g % 3]::courses.course_level,
        ((g * 7919) % 20000) / 100.0,
        'published',
        timestamptz '2020-01-01' + make_interval(secs => g * 60)
      from words, generate_series(${from}::int, ${to}::int) g`)
    inserted = to
    progressBar('inserting', inserted - start, total - start)
  }
  await db.execute(sql`analyze courses.courses`)
  // The bulk insert bypassed the service: one write through the API moves the catalog version,
  // so cached totals of the previous size are not served.
  await call('POST', '/api/v1/courses', { title: `Bench draft ${total}` }, token)
}

const plain = '/api/v1/courses?page=1&page_size=20'
const searches = {
  'rare word (kubernetes)': '/api/v1/courses?search=kubernetes',
  'popular word (python, 20 %)': '/api/v1/courses?search=python',
  'two words, last a prefix (sql ind)': '/api/v1/courses?search=sql%20ind',
  'popular word, sorted by price': '/api/v1/courses?search=python&sort=price',
}

async function measure(path: string, seconds: number, target = base) {
  const result = await autocannon({ url: `${target}${path}`, connections: 10, duration: seconds })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { rps: result.requests.average, p50: result.latency.p50 }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * The search against the plain page in ROUNDS alternating pairs (page, search, page, search…),
 * each pair a fraction of SECONDS: a busy machine slows both sides of a pair alike, so the
 * median of the per-pair ratios is what the search itself costs.
 */
async function compareWithPage(path: string) {
  await fetch(`${base}${path}`) // the count of a new catalog version is taken once, not measured
  const seconds = Math.max(1, Math.round(SECONDS / ROUNDS))
  const pairs: { page: number; search: number; p50: number; pageP50: number }[] = []
  for (let round = 0; round < ROUNDS; round += 1) {
    const page = await measure(plain, seconds)
    const search = await measure(path, seconds)
    pairs.push({ page: page.rps, search: search.rps, p50: search.p50, pageP50: page.p50 })
  }
  return {
    pageRps: median(pairs.map((pair) => pair.page)),
    rps: median(pairs.map((pair) => pair.search)),
    p50: median(pairs.map((pair) => pair.p50)),
    cost: median(pairs.map((pair) => pair.page / pair.search)),
  }
}

/** Median milliseconds of `runs` sequential executions of a query in the database. */
async function medianMs(query: () => Promise<unknown>, runs = 15) {
  await query()
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now()
    await query()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(runs / 2)]!
}

const rows: Record<string, string | number>[] = []
const failures: string[] = []
for (const size of SIZES) {
  console.log(`catalog of ${size.toLocaleString('en')} published courses`)
  await growCatalog(size)
  await fetch(`${base}${plain}`)
  const page = await measure(plain, SECONDS)
  rows.push({
    courses: size,
    scenario: 'plain catalog page',
    'req/s': Math.round(page.rps),
    'p50 ms': page.p50,
    'cost vs page': 1,
  })
  for (const [name, path] of Object.entries(searches)) {
    const result = await compareWithPage(path)
    rows.push({
      courses: size,
      scenario: name,
      'req/s': Math.round(result.rps),
      'p50 ms': result.p50,
      'page req/s (same rounds)': Math.round(result.pageRps),
      'cost vs page': Number(result.cost.toFixed(2)),
    })
    if (result.cost > MAX_COST_RATIO)
      failures.push(`${name} at ${size}: ${result.cost.toFixed(2)}× a plain page`)
  }
}
console.table(rows)

// The naive search (what a first version writes) against ours, in the database alone.
const word = 'python'
const naiveWhere = sql`status = 'published' and (title ilike ${`%${word}%`} or description ilike ${`%${word}%`})`
const naive = async () => {
  await db.execute(
    sql`select id, title, slug, description, price, published_at from courses.courses where ${naiveWhere} order by published_at desc limit 20`,
  )
  await db.execute(sql`select count(*) from courses.courses where ${naiveWhere}`)
}
const repository = createCourseRepository(db)
const filter = { status: 'published', search: word } as const
const matches = await repository.count(filter)
const catalogSize = await repository.count({ ...filter, search: undefined })
const tierMatches: number[] = []
for (let searchTier = 0; searchTier < tierCount(filter.search ?? ''); searchTier += 1)
  tierMatches.push(await repository.count({ ...filter, searchTier }))
const queries = repository.catalogQueries(filter, 'relevance', {
  limit: 20,
  offset: 0,
  matches,
  catalogSize,
  tierMatches,
})
const run_ = (query: SQLWrapper) => () => db.execute(sql`${query}`)
const naiveMs = await medianMs(naive)
const oursPageMs = await medianMs(run_(queries.page))
const oursCountMs = await medianMs(run_(queries.count))
const largest = SIZES[SIZES.length - 1]!
const naiveRatio = naiveMs / oursPageMs
console.table([
  { query: `naive ILIKE page + COUNT ("${word}")`, 'median ms': Number(naiveMs.toFixed(2)) },
  { query: 'ours: ranked page (total from the count cache)', 'median ms': Number(oursPageMs.toFixed(2)) },
  { query: 'ours: the count, once per catalog version', 'median ms': Number(oursCountMs.toFixed(2)) },
])
console.log(`naive / ours at ${largest.toLocaleString('en')} courses: ${naiveRatio.toFixed(1)}×`)
if (naiveRatio < MIN_NAIVE_RATIO) failures.push(`naive search only ${naiveRatio.toFixed(1)}× ours`)
console.log(`memory: rss ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MiB`)
await system.close()

// For information: the plain page as the catalog serves it by default, from the rendered-page
// cache (the same data, booted again with CATALOG_PAGE_CACHE on).
process.env.CATALOG_PAGE_CACHE = 'true'
const withCache = await startBenchSystem('bench-search', dataDir)
await fetch(`${withCache.base}${plain}`)
const uncachedPage = rows.findLast((row) => row.scenario === 'plain catalog page')!
const cachedPage = await measure(plain, SECONDS, withCache.base)
console.table([
  {
    'plain page at': largest,
    cache: 'off (what searches are compared with)',
    'req/s': uncachedPage['req/s'],
  },
  {
    'plain page at': largest,
    cache: 'on (the default; rebooted on the same data)',
    'req/s': Math.round(cachedPage.rps),
  },
])
await withCache.system.close()
await rm(dataDir, { recursive: true, force: true })
if (failures.length > 0) {
  console.error(`Search missed its targets:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
}
