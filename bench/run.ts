/**
 * `npm run bench [-- catalog|search|distributed] [--smoke]`: the catalog scenario (a page's cost
 * against the catalog's size), the search scenario (search against the plain page at 1,000 to
 * 100,000 courses) and the distributed scenario (the five services behind Nginx on PostgreSQL +
 * Redis against a bare Fastify + pg baseline of the same run, and the embedded form). Without a
 * scenario all three run, one after the other; each boots its own system. `--smoke` runs only
 * the distributed scenario, seconds long and without thresholds (what CI runs).
 */
const SCENARIOS = ['catalog', 'search', 'distributed'] as const
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'))
let asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
if (flags.includes('--smoke') && asked.length === 0) asked = ['distributed']
const unknown = asked.filter((name) => !(SCENARIOS as readonly string[]).includes(name))
if (unknown.length > 0) {
  console.error(`unknown scenario ${unknown.join(', ')}; choose from ${SCENARIOS.join(', ')}`)
  process.exit(2)
}
for (const name of asked.length > 0 ? asked : SCENARIOS) {
  console.log(`\n## ${name}\n`)
  await import(`./${name}.ts`)
}
