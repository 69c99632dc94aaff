import { type ChildProcess, spawn } from 'node:child_process'
import { createConnection } from 'node:net'

/**
 * A throwaway redis-server of this test's own, on a port of its own, without persistence (as
 * compose runs it): `kill()` is Redis crashing, `start()` again is Redis restarted empty.
 */
export function throwawayRedis(port: number) {
  let child: ChildProcess | undefined

  async function answers(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'))
      socket.once('data', (data) => {
        socket.destroy()
        resolve(data.toString().startsWith('+PONG'))
      })
      socket.once('error', () => resolve(false))
    })
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      )
      const failed = new Promise<never>((_, reject) => {
        child!.once('error', (error) =>
          reject(
            new Error(`redis-server could not start (apt-get install -y redis-server): ${error.message}`),
          ),
        )
      })
      const deadline = Date.now() + 10_000
      while (!(await Promise.race([answers(), failed]))) {
        if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    async kill() {
      const running = child
      child = undefined
      if (!running || running.exitCode !== null) return
      await new Promise((resolve) => {
        running.once('exit', resolve)
        running.kill('SIGKILL')
      })
    },
  }
}
