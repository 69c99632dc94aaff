/**
 * `npm run bench [-- catalog|search]`: the catalog scenario (a page's cost against the catalog's
 * size) and the search scenario (search against the plain page at 1,000 to 100,000 courses).
 * Without an argument both run, one after the other; each boots its own system.
 */
const SCENARIOS = ['catalog', 'search'] as const
const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !(SCENARIOS as readonly string[]).includes(name))
if (unknown.length > 0) {
  console.error(`unknown scenario ${unknown.join(', ')}; choose from ${SCENARIOS.join(', ')}`)
  process.exit(2)
}
for (const name of asked.length > 0 ? asked : SCENARIOS) {
  console.log(`\n## ${name}\n`)
  await import(`./${name}.ts`)
}
