/**
 * Distributed benchmark (issue 14): the five services as five processes behind the project's
 * Nginx on PostgreSQL + Redis, next to a bare Fastify + pg baseline process measured in the same
 * run, plus the embedded form (`npm start`) as its own process. Prints one table and exits
 * non-zero when a target is missed (not with --smoke: seconds long, no thresholds).
 */
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { freePort, startNginx } from '../tests/gateway/nginx-harness.js'
import { START_NODE_FLAGS, startEmbedded } from './distributed/embedded.js'
import { type LoadResult, load, type NextRequest, rotate } from './distributed/load.js'
import { type Child, rssOf, startRedis, startServices, startTs } from './distributed/processes.js'
import { seed } from './distributed/seed.js'

const smoke = process.argv.includes('--smoke')
const SECONDS = Number(process.env.BENCH_SECONDS ?? (smoke ? 2 : 10))
const COMPLETE_SECONDS = Number(process.env.BENCH_COMPLETE_SECONDS ?? (smoke ? 2 : 30))
const SIZES = {
  courses: Number(process.env.BENCH_COURSES ?? (smoke ? 500 : 10_000)),
  users: Number(process.env.BENCH_USERS ?? (smoke ? 500 : 10_000)),
  tokens: Number(process.env.BENCH_TOKENS ?? (smoke ? 16 : 256)),
}
/**
 * Only the paths whose name contains one of these comma-separated words (for profiling one
 * path), e.g. BENCH_ONLY=complete, or BENCH_ONLY=via,embedded for embedded with its ceiling.
 */
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean)
const wanted = (path: string) => !ONLY || ONLY.some((word) => path.includes(word))
const CONNECTIONS = 64
const LOGIN_CONNECTIONS = 16

// ---------------------------------------------------------------- database, cache
const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres')
const benchDatabase = process.env.BENCH_DATABASE ?? 'sc_bench'
if (!/^[a-z_][a-z0-9_]*$/.test(benchDatabase)) throw new Error('BENCH_DATABASE: letters, digits, _ only')
{
  const admin = new pg.Client({ connectionString: new URL('/postgres', serverUrl).toString() })
  await admin.connect()
  await admin.query(`drop database if exists ${benchDatabase} with (force)`)
  await admin.query(`create database ${benchDatabase}`)
  await admin.end()
}
const databaseUrl = new URL(`/${benchDatabase}`, serverUrl).toString()
const ownRedis = process.env.REDIS_URL ? undefined : await startRedis()
const redisUrl = process.env.REDIS_URL ?? ownRedis!.url
console.log(
  `database ${benchDatabase} (recreated) on ${serverUrl.host}; redis ${ownRedis ? 'throwaway ' : ''}${redisUrl}`,
)

// ---------------------------------------------------------------- processes
// BENCH_CPU_PROF=<dir>: every service writes a V8 CPU profile there when it stops.
const { services, secret } = await startServices(
  databaseUrl,
  redisUrl,
  {},
  process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [],
)
const baselineChild: Child = await startTs('baseline', 'bench/distributed/baseline.ts', {
  DATABASE_URL: databaseUrl,
  JWT_SECRET_KEY: secret,
})
const baselineGatewayPort = await freePort()
const nginx = await startNginx({
  upstreams: {
    user: `127.0.0.1:${services.user.port}`,
    course: `127.0.0.1:${services.course.port}`,
    enrollment: `127.0.0.1:${services.enrollment.port}`,
    progress: `127.0.0.1:${services.progress.port}`,
    certificate: `127.0.0.1:${services.certificate.port}`,
  },
  rewrite: {
    main: (text) => text.replace(/rate=\d+r\/s/g, 'rate=1000000r/s'),
    site: (text) =>
      text
        .replace(/burst=\d+/g, 'burst=1000000')
        .replace(/limit_conn conn_per_ip \d+/g, 'limit_conn conn_per_ip 60000'),
    // The baseline behind the same Nginx, with the same upstream keepalive as the services.
    extra: `upstream bench_baseline { server 127.0.0.1:${baselineChild.port}; keepalive 32; }
server {
    listen 127.0.0.1:${baselineGatewayPort};
    access_log off;
    location / { proxy_http_version 1.1; proxy_set_header Connection ""; proxy_pass http://bench_baseline; }
}
`,
  },
})
const gateway = nginx.baseUrl
const baselineViaNginx = `http://127.0.0.1:${baselineGatewayPort}`
console.log(
  'Nginx: the project gateway config, rate limits raised for the run (limit_req rate=1000000r/s, ' +
    'burst=1000000, limit_conn 60000); embedded gateway: RATE_LIMIT_*=1000000, AUTH_CONNECTION_LIMIT=1000',
)

// ---------------------------------------------------------------- data
console.log(`seeding ${SIZES.courses} courses, ${SIZES.users} users, ${SIZES.users} enrollments (bulk SQL)`)
const data = await seed(gateway, databaseUrl, SIZES)
await fetch(`${baselineChild.url}/argon2`, {
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ hash: data.studentHash }),
})

// ---------------------------------------------------------------- measurements
interface Row {
  path: string
  ours: LoadResult
  ceiling?: LoadResult
  ceilingName?: string
  /** The target as text, and whether it is met. */
  target: string
  met: boolean
  /** A latency target (ms): the ceiling's own latency is reported beside it. */
  maxP99?: number
}
const rows: Row[] = []
const failures: string[] = []

function check(result: LoadResult, what: string) {
  if (result.non2xx > 0 || result.errors > 0) {
    failures.push(`${what}: ${result.non2xx} non-2xx, ${result.errors} errors of ${result.requests}`)
  }
  return result
}

const nextCourse = rotate(data.courseIds)
const nextStudent = rotate(data.students)
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const servicePids = Object.values(services).map((child) => child.pid)
/** A short warm-up (JIT, pools, caches), then the measured run; CPU counted over `pids`. */
async function run(
  base: string,
  next: () => NextRequest,
  pids: number[],
  connections = CONNECTIONS,
  seconds = SECONDS,
) {
  await load(base, { connections, seconds: 1, next, pids })
  return load(base, { connections, seconds, next, pids })
}

async function pair(
  path: string,
  oursRun: () => Promise<LoadResult>,
  ceilingName: string,
  ceilingRun: () => Promise<LoadResult>,
  target: { min: number } | { maxP99: number },
) {
  if (!wanted(path)) return
  process.stderr.write(`  measuring ${path}…\n`)
  const ours = check(await oursRun(), path)
  const ceiling = check(await ceilingRun(), `${path} (baseline)`)
  const ratio = ours.rps / ceiling.rps
  const [text, met] =
    'min' in target
      ? [`≥ ${target.min}×`, ratio >= target.min]
      : [`p99 < ${target.maxP99} ms`, ours.p99 < target.maxP99]
  const maxP99 = 'maxP99' in target ? target.maxP99 : undefined
  rows.push({ path, ours, ceiling, ceilingName, target: text, met, maxP99 })
}

await pair(
  'GET course by id, direct',
  () => run(services.course.url, () => ({ path: `/courses/${nextCourse()}` }), [services.course.pid]),
  'bare Fastify + pg, direct',
  () => run(baselineChild.url, () => ({ path: `/courses/${nextCourse()}` }), [baselineChild.pid]),
  { min: 0.7 },
)
await pair(
  'GET course by id, via Nginx',
  () => run(gateway, () => ({ path: `/api/v1/courses/${nextCourse()}` }), [services.course.pid]),
  'bare Fastify + pg via Nginx',
  () => run(baselineViaNginx, () => ({ path: `/courses/${nextCourse()}` }), [baselineChild.pid]),
  { min: 0.7 },
)
await pair(
  'GET /users/me, via Nginx',
  () =>
    run(gateway, () => ({ path: '/api/v1/users/me', headers: bearer(nextStudent().token) }), [
      services.user.pid,
    ]),
  'JWT + row, via Nginx',
  () =>
    run(baselineViaNginx, () => ({ path: '/users/me', headers: bearer(nextStudent().token) }), [
      baselineChild.pid,
    ]),
  { min: 0.7 },
)
await pair(
  'catalog page 1 with total',
  () => run(gateway, () => ({ path: '/api/v1/courses?page=1&page_size=20' }), [services.course.pid]),
  'naive LIMIT + COUNT(*) via Nginx',
  () => run(baselineViaNginx, () => ({ path: '/catalog' }), [baselineChild.pid]),
  { min: 5 },
)
await pair(
  `login, ${LOGIN_CONNECTIONS} connections`,
  () =>
    run(
      gateway,
      () => ({
        path: '/api/v1/auth/login',
        method: 'POST',
        body: JSON.stringify({ email: nextStudent().email, password: data.password }),
      }),
      [services.user.pid],
      LOGIN_CONNECTIONS,
    ),
  'argon2id verify alone',
  () =>
    run(
      baselineChild.url,
      () => ({ path: '/argon2', method: 'POST', body: JSON.stringify({ password: data.password }) }),
      [baselineChild.pid],
      LOGIN_CONNECTIONS,
    ),
  { maxP99: 100 },
)

// ---- complete a lesson: the hottest write, then the outbox it leaves behind
let outboxLine = ''
if (wanted('complete a lesson')) {
  process.stderr.write('  measuring complete a lesson…\n')
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  let lessonTurn = 0
  const nextCompletion = (): NextRequest => {
    const student = nextStudent()
    lessonTurn += 1
    const lesson = data.lessonIds[lessonTurn % data.lessonIds.length]
    return {
      path: `/api/v1/progress/lessons/${lesson}/complete`,
      method: 'POST',
      headers: bearer(student.token),
      body: JSON.stringify({ enrollment_id: student.enrollmentId, time_spent_minutes: 1 }),
    }
  }
  // The same one-second warm-up as every other path (the first completions of a student fill
  // progress-service's cached facts), then the measured run; delivery counts the measured run's events.
  await load(gateway, { connections: CONNECTIONS, seconds: 1, next: nextCompletion, pids: servicePids })
  const completionStart = new Date()
  const complete = check(
    await load(gateway, {
      connections: CONNECTIONS,
      seconds: COMPLETE_SECONDS,
      pids: servicePids,
      next: nextCompletion,
    }),
    'complete a lesson',
  )
  const pendingQuery = `select count(*)::int as n from progress.outbox where delivered_at is null`
  const backlog = (await pool.query(pendingQuery)).rows[0].n as number
  const drainStarted = performance.now()
  let drainMs = 0
  for (;;) {
    const pending = (await pool.query(pendingQuery)).rows[0].n as number
    drainMs = performance.now() - drainStarted
    if (pending === 0 || drainMs > 180_000) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const delivery = (
    await pool.query(
      `select percentile_cont(0.99) within group (order by extract(epoch from delivered_at - occurred_at)) * 1000 as p99,
              count(*)::int as events
       from progress.outbox where occurred_at >= $1 and delivered_at is not null`,
      [completionStart],
    )
  ).rows[0]
  // Lost: an enrollment whose progress version never reached enrollment-service.
  const lost = (
    await pool.query(
      `select count(*)::int as n from progress.progress p
       join enrollments.enrollments e on e.id = p.enrollment_id where e.progress_version <> p.version`,
    )
  ).rows[0].n as number
  await pool.end()
  const backlogSeconds = complete.rps > 0 ? backlog / complete.rps : 0
  const completionMet =
    complete.rps >= 1000 &&
    complete.p99 < 100 &&
    lost === 0 &&
    backlogSeconds < 1 &&
    Number(delivery.p99 ?? 0) < 1000
  rows.push({
    path: `complete a lesson (${COMPLETE_SECONDS} s)`,
    ours: complete,
    target: '≥ 1000/s, p99 < 100 ms, backlog < 1 s, delivery p99 < 1 s, 0 lost',
    met: completionMet,
  })
  outboxLine =
    `outbox after the completion run: backlog ${backlog} events (${backlogSeconds.toFixed(2)} s of traffic), ` +
    `drained in ${(drainMs / 1000).toFixed(1)} s; delivery p99 ${Math.round(Number(delivery.p99 ?? 0))} ms over ` +
    `${delivery.events} events; lost ${lost}`
}

// ---- embedded: npm start as its own process
let embeddedChild: Child | undefined
if (wanted('embedded')) {
  process.stderr.write('  starting the embedded form (npm start)…\n')
  const embedded = await startEmbedded(smoke ? 5 : 50, [
    ...START_NODE_FLAGS,
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []),
  ])
  const nextEmbedded = rotate(embedded.ids)
  const embeddedGet = check(
    await run(embedded.child.url, () => ({ path: `/api/v1/courses/${nextEmbedded()}` }), [
      embedded.child.pid,
    ]),
    'embedded GET course by id',
  )
  const distributedGet = rows.find((row) => row.path === 'GET course by id, via Nginx')?.ours ?? embeddedGet
  const embeddedRss = embedded.child.rssMiB()
  rows.push({
    path: 'embedded npm start, GET course by id',
    ours: embeddedGet,
    ceiling: distributedGet,
    ceilingName: 'distributed via Nginx (above)',
    target: '≥ 0.4×, p99 < 100 ms, RSS < 600 MiB',
    met: embeddedGet.rps / distributedGet.rps >= 0.4 && embeddedGet.p99 < 100 && embeddedRss < 600,
  })
  embeddedChild = embedded.child
}

// ---------------------------------------------------------------- report
const fmt = (value: number) => Math.round(value).toLocaleString('en')
console.log(
  `\n${new Date().toISOString()}, ${smoke ? 'SMOKE (no thresholds)' : 'full run'}, ${SECONDS} s per path`,
)
console.log(
  '\n| path | req/s | p50 ms | p99 ms | CPU µs/req | ceiling | ceiling req/s | ratio | CPU ratio | target | met |',
)
console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |')
for (const row of rows) {
  const ratio = row.ceiling ? `${(row.ours.rps / row.ceiling.rps).toFixed(2)}×` : '—'
  // The ceiling's CPU per request over ours: the same ratio, without the other load on the machine.
  const cpuRatio =
    row.ceiling && row.ours.cpuPerRequest > 0
      ? `${(row.ceiling.cpuPerRequest / row.ours.cpuPerRequest).toFixed(2)}×`
      : '—'
  console.log(
    `| ${row.path} | ${fmt(row.ours.rps)} | ${row.ours.p50} | ${row.ours.p99} | ${fmt(row.ours.cpuPerRequest)} | ${
      row.ceilingName ?? '—'
    } | ${row.ceiling ? fmt(row.ceiling.rps) : '—'} | ${ratio} | ${cpuRatio} | ${row.target} | ${row.met ? 'yes' : 'NO'} |`,
  )
}
if (outboxLine) console.log(`\n${outboxLine}`)
for (const row of rows) {
  if (row.maxP99 === undefined || !row.ceiling) continue
  // Whether the latency target is reachable at all here: the ceiling's own latency, same run.
  console.log(
    `${row.path}: the ceiling (${row.ceilingName}) answered at p50 ${row.ceiling.p50} ms, p99 ${row.ceiling.p99} ms (target p99 < ${row.maxP99} ms)`,
  )
}
const rss: [string, number][] = [
  ...Object.values(services).map((child) => [child.name, child.rssMiB()] as [string, number]),
  ['baseline', baselineChild.rssMiB()],
  ['all-in-one (embedded)', embeddedChild?.rssMiB() ?? 0],
  ['bench (autocannon)', rssOf(process.pid)],
]
console.log(`RSS MiB: ${rss.map(([name, value]) => `${name} ${value}`).join(', ')}`)

// ---------------------------------------------------------------- teardown
await embeddedChild?.stop()
for (const child of Object.values(services)) await child.stop()
await baselineChild.stop()
await nginx.stop()
await ownRedis?.stop()

if (failures.length > 0) {
  console.error(`\nrequests failed:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
}
const missed = rows.filter((row) => !row.met)
if (!smoke && missed.length > 0) {
  console.error(`\ntargets missed: ${missed.map((row) => row.path).join('; ')}`)
  process.exitCode = 1
}
