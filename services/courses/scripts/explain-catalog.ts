/**
 * Seeds N courses (default 100,000) into the database at DATABASE_URL and prints
 * EXPLAIN (ANALYZE, BUFFERS) of the catalog queries exactly as the repository builds them.
 *
 *   createdb -h 127.0.0.1 -U postgres sc_courses_explain
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sc_courses_explain \
 *     npx tsx services/courses/scripts/explain-catalog.ts [--courses=100000] [--plans]
 *
 * Use a database of its own: the seed rows stay there (a second run only tops them up).
 */
import { fileURLToPath } from 'node:url'
import { openDatabase } from '@smartcourse/service-kit'
import { type SQLWrapper, sql } from 'drizzle-orm'
import {
  type CatalogFilter,
  type CatalogSort,
  createCourseRepository,
  tierCount,
} from '../src/courses/course.repository.js'

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=')
    return [key!, value ?? 'true']
  }),
)
const target = Number(args.get('courses') ?? 100_000)
const showPlans = args.has('plans')
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('DATABASE_URL must point at a PostgreSQL database of its own (see the header of this file)')
  process.exit(1)
}

const database = await openDatabase({ databaseUrl })
const { db } = database
await database.migrate({
  schema: 'courses',
  migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
})

const rowsOf = (result: unknown) => (result as { rows: Record<string, any>[] }).rows

async function seed() {
  const [{ count }] = rowsOf(await db.execute(sql`select count(*)::int as count from courses.courses`)) as [
    { count: number },
  ]
  if (count >= target) return count
  const started = Date.now()
  // 90 % published (over the last 1000 days), 5 % drafts, 5 % archived; 2000 instructors;
  // 20 categories; titles and descriptions from small word lists so searches hit many or few rows;
  // "python" is in 20 % of the courses (the title of every tenth, the description of every tenth other).
  await db.execute(sql`
    with words as (
      select array['sql','painting','design','data','cloud','kubernetes','security','marketing','finance','music',
                   'photography','writing','statistics','machine','learning','react','node','excel','leadership',
                   'negotiation','drawing','cooking','spanish','german','physics','chemistry','biology','history',
                   'philosophy','guitar','piano','yoga','fitness','nutrition','investing','accounting','sales',
                   'branding','seo','testing','devops','linux','networking','databases','algorithms','rust','golang',
                   'typescript','swift','kotlin'] as w
    )
    insert into courses.courses
      (title, slug, description, instructor_id, category, level, price, status, published_at, created_at)
    select
      initcap(w[1 + (g * 7) % 50] || ' ' || w[1 + (g * 13) % 50] || ' for everyone')
        || case when g % 10 = 0 then ' with Python' else '' end || ' ' || g,
      'explain-seed-' || g,
      'Learn ' || w[1 + (g * 17) % 50] || ' and ' || w[1 + (g * 31) % 50]
        || case when g % 10 = 5 then ' using python' else '' end || ' step by step, with projects.',
      1 + g % 2000,
      'category-' || (g % 20),
      (array['beginner','intermediate','advanced'])[1 + g % 3]::courses.course_level,
      ((g * 7919) % 20000) / 100.0,
      (case when g % 20 = 0 then 'draft' when g % 20 = 1 then 'archived' else 'published' end)::courses.course_status,
      case when g % 20 > 1 then now() - make_interval(secs => (g * 86400.0 * 1000 / ${target})) end,
      now() - interval '1001 days'
    from words, generate_series(${count + 1}::int, ${target}::int) g`)
  await db.execute(sql`vacuum analyze courses.courses`)
  console.log(`seeded ${target - count} courses in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return target
}

interface Case {
  name: string
  filter: CatalogFilter
  sort: CatalogSort | 'relevance'
  page?: number
}

/** A search of the published catalog. */
const publishedSearch = (name: string, search: string, sort: Case['sort']): Case => ({
  name,
  filter: { status: 'published', search },
  sort,
})

const cases: Case[] = [
  { name: 'catalog, newest (default)', filter: { status: 'published' }, sort: 'newest' },
  { name: 'catalog, newest, page 50', filter: { status: 'published' }, sort: 'newest', page: 50 },
  { name: 'catalog, title A→Z', filter: { status: 'published' }, sort: 'title' },
  { name: 'catalog, price low→high', filter: { status: 'published' }, sort: 'price' },
  {
    name: 'category filter, newest',
    filter: { status: 'published', category: 'category-7' },
    sort: 'newest',
  },
  { name: 'level filter, newest', filter: { status: 'published', level: 'advanced' }, sort: 'newest' },
  { name: 'instructor filter, newest', filter: { status: 'published', instructorId: 42 }, sort: 'newest' },
  {
    name: 'category + level, price',
    filter: { status: 'published', category: 'category-3', level: 'beginner' },
    sort: 'price',
  },
  publishedSearch('search, popular word (20 %), ranked', 'python', 'relevance'),
  publishedSearch('search, common word (4 %), ranked', 'kubernetes', 'relevance'),
  publishedSearch('search, rare pair, ranked', 'kubernetes guitar', 'relevance'),
  publishedSearch('search as you type (sql ind)', 'sql ind', 'relevance'),
  publishedSearch('search, popular word, by price', 'python', 'price'),
  publishedSearch('search + newest', 'databases', 'newest'),
  { name: 'mine (one instructor, any status)', filter: { instructorId: 42 }, sort: 'newest' },
  { name: 'admin: drafts', filter: { status: 'draft' }, sort: 'newest' },
]

async function explain(query: SQLWrapper) {
  const result = rowsOf(await db.execute(sql`explain (analyze, buffers, format json) ${query}`))
  const [report] = result[0]!['QUERY PLAN'] as [
    { Plan: any; 'Planning Time': number; 'Execution Time': number },
  ]
  const indexes = new Set<string>()
  const nodes = new Set<string>()
  const visit = (node: any) => {
    nodes.add(node['Node Type'])
    if (node['Index Name']) indexes.add(node['Index Name'])
    for (const child of node.Plans ?? []) visit(child)
  }
  visit(report.Plan)
  let text = ''
  if (showPlans) {
    const plan = rowsOf(await db.execute(sql`explain (analyze, buffers) ${query}`))
    text = plan.map((row) => row['QUERY PLAN']).join('\n')
  }
  return {
    ms: report['Execution Time'] + report['Planning Time'],
    indexes: [...indexes].join(', ') || '-',
    seqScan: nodes.has('Seq Scan'),
    text,
  }
}

const total = await seed()
const repository = createCourseRepository(db)
console.log(`\n${total} courses; times are planning + execution, warm cache\n`)
console.log('| query | page ms | count ms (cache miss only) | indexes used by the page | seq scan |')
console.log('| --- | ---: | ---: | --- | --- |')
for (const item of cases) {
  const page = item.page ?? 1
  const matches = await repository.count(item.filter)
  const catalogSize = await repository.count({ ...item.filter, search: undefined })
  const tierMatches: number[] = []
  for (let searchTier = 0; searchTier < tierCount(item.filter.search ?? ''); searchTier += 1)
    tierMatches.push(await repository.count({ ...item.filter, searchTier }))
  const queries = repository.catalogQueries(item.filter, item.sort, {
    limit: 20,
    offset: (page - 1) * 20,
    matches,
    catalogSize,
    tierMatches,
  })
  await explain(queries.page) // warm up
  const pageResult = await explain(queries.page)
  const countResult = await explain(queries.count)
  console.log(
    `| ${item.name} | ${pageResult.ms.toFixed(2)} | ${countResult.ms.toFixed(2)} | ${pageResult.indexes} | ${
      pageResult.seqScan || countResult.seqScan ? 'yes' : 'no'
    } |`,
  )
  if (showPlans) console.log(`\n${item.name}\n${pageResult.text}\n\ncount:\n${countResult.text}\n`)
}
await database.close()
