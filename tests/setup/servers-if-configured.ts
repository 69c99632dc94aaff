import { postgresProblem, redisProblem } from './requirements.js'

/**
 * vitest globalSetup of the unit project. `npm test` sets neither variable and needs nothing;
 * `npm run test:integration` sets both, and then an unreachable server fails the run at once
 * with one clear line instead of every test timing out.
 */
export default async function requireConfiguredServers() {
  const problems = (
    await Promise.all([
      process.env.DATABASE_URL ? postgresProblem(process.env.DATABASE_URL) : undefined,
      process.env.REDIS_URL ? redisProblem(process.env.REDIS_URL) : undefined,
    ])
  ).filter((problem) => problem !== undefined)
  if (problems.length > 0) {
    throw new Error(
      `${problems.join('\n')}\nStart PostgreSQL and Redis (apt-get install -y postgresql redis-server) or point DATABASE_URL / REDIS_URL at running ones.`,
    )
  }
}
