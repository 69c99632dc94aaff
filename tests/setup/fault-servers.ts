import { installLine, missingTools, postgresProblem, redisProblem, type Tool } from './requirements.js'

/** Fault tests start throwaway servers of their own next to the shared ones. */
export const FAULT_TOOLS: Tool[] = [
  { name: 'redis-server', debianPackage: 'redis-server', versionArgs: ['--version'] },
]

/**
 * vitest globalSetup of the faults project: the `*.faults.test.ts` files break real servers, so
 * PostgreSQL (DATABASE_URL) and Redis (REDIS_URL) must be up and redis-server installed.
 * `npm run test:faults` sets both URLs (defaults: 127.0.0.1). Missing anything fails the run.
 */
export default async function requireFaultServers() {
  const problems: string[] = []
  const { DATABASE_URL, REDIS_URL } = process.env
  if (!DATABASE_URL) problems.push('DATABASE_URL is not set (npm run test:faults sets it)')
  else {
    const problem = await postgresProblem(DATABASE_URL)
    if (problem) problems.push(problem)
  }
  if (!REDIS_URL) problems.push('REDIS_URL is not set (npm run test:faults sets it)')
  else {
    const problem = await redisProblem(REDIS_URL)
    if (problem) problems.push(problem)
  }
  const missing = missingTools(FAULT_TOOLS)
  if (missing.length > 0) problems.push(`${missing.map((tool) => tool.name).join(', ')} not found`)
  if (problems.length > 0) {
    throw new Error(
      `npm run test:faults needs running PostgreSQL and Redis servers:\n${problems.join('\n')}\n${installLine(
        [{ name: 'postgres', debianPackage: 'postgresql' }, ...FAULT_TOOLS],
      )}`,
    )
  }
}
