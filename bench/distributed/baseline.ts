/**
 * The ceiling the distributed scenario compares against: bare Fastify + pg, no kit, no hooks, no
 * validation, no logging, running the same SQL as the service does for each path. Started as
 * its own process by the bench (`PORT`, `DATABASE_URL`, `JWT_SECRET_KEY`).
 */
import { verify as argon2Verify } from '@node-rs/argon2'
import { createVerifier } from 'fast-jwt'
import Fastify from 'fastify'
import pg from 'pg'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
const verifyToken = createVerifier({ key: process.env.JWT_SECRET_KEY!, algorithms: ['HS256'] })
const app = Fastify({ logger: false })

app.get('/health', async () => ({ status: 'ok' }))

// The course by primary key, as course-service reads it (every column of the row).
app.get<{ Params: { id: string } }>('/courses/:id', async (request, reply) => {
  const { rows } = await pool.query('select * from courses.courses where id = $1', [
    Number(request.params.id),
  ])
  if (rows.length === 0) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'no course' } })
  return rows[0]
})

// A JWT checked and the user's row read: what GET /users/me does, without the kit.
app.get('/users/me', async (request, reply) => {
  const header = request.headers.authorization ?? ''
  let sub: string
  try {
    sub = (verifyToken(header.slice(7)) as { sub: string }).sub
  } catch {
    return reply.code(401).send({ error: { code: 'UNAUTHORIZED', message: 'bad token' } })
  }
  const { rows } = await pool.query('select * from users.users where id = $1', [Number(sub)])
  return rows[0]
})

// The naive catalog page: LIMIT/OFFSET plus COUNT(*) per request.
app.get('/catalog', async () => {
  const [page, total] = await Promise.all([
    pool.query(
      `select * from courses.courses where status = 'published' and not is_deleted
       order by published_at desc nulls last, id desc limit 20 offset 0`,
    ),
    pool.query(
      `select count(*)::int as total from courses.courses where status = 'published' and not is_deleted`,
    ),
  ])
  return { items: page.rows, total: total.rows[0].total }
})

// argon2id verification alone, of a hash made with the SPEC parameters (sent once by the bench).
let storedHash = ''
app.put<{ Body: { hash: string } }>('/argon2', async (request) => {
  storedHash = request.body.hash
  return { ok: true }
})
app.post<{ Body: { password: string } }>('/argon2', async (request) => {
  return { valid: await argon2Verify(storedHash, request.body.password) }
})

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
