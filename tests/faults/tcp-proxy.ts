import { createConnection, createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy in front of a real server, for fault injection without touching the server:
 * `cut()` drops every connection and refuses new ones (the server "went away"), `restore()`
 * listens again on the same port, `hang()` accepts connections and never answers.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>()
  let mode: 'forward' | 'hang' = 'forward'
  let server: Server | undefined
  let port = 0

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        sockets.add(client)
        client.on('close', () => sockets.delete(client))
        client.on('error', () => client.destroy())
        if (mode === 'hang') return
        const upstream = createConnection(target)
        sockets.add(upstream)
        upstream.on('close', () => {
          sockets.delete(upstream)
          client.destroy()
        })
        upstream.on('error', () => upstream.destroy())
        client.on('close', () => upstream.destroy())
        client.pipe(upstream)
        upstream.pipe(client)
      })
      next.once('error', reject)
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as { port: number }).port
        server = next
        resolve()
      })
    })

  const dropAll = () => {
    for (const socket of sockets) socket.destroy()
    sockets.clear()
  }

  await listen()
  return {
    get port() {
      return port
    },
    /** The server is gone: open connections drop, new ones are refused. */
    async cut() {
      const current = server
      server = undefined
      dropAll()
      await new Promise<void>((resolve) => (current ? current.close(() => resolve()) : resolve()))
    },
    /** The server is back, on the same port. */
    async restore() {
      mode = 'forward'
      if (!server) await listen()
    },
    /** Connections are accepted and never answered (a paused or wedged server). */
    hang() {
      mode = 'hang'
      dropAll()
    },
    async close() {
      await this.cut()
    },
  }
}

export type TcpProxy = Awaited<ReturnType<typeof startTcpProxy>>

/** DATABASE_URL / REDIS_URL, or a failure naming what the fault tests need. */
export function requireEnv(name: 'DATABASE_URL' | 'REDIS_URL'): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(
      `${name} is not set: fault tests need real servers (npm run test:faults, or ` +
        'DATABASE_URL=postgresql://postgres@127.0.0.1:5432/smartcourse_test REDIS_URL=redis://127.0.0.1:6379)',
    )
  }
  return value
}
