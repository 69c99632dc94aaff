import { type AddressInfo, createServer as createNetServer } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  to: string
  subject: string
  text: string
  html: string
  messageId: string
  raw: string
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * A real SMTP server in the test process (the smtp-server package), keeping every mail it
 * accepted, parsed (mailparser). It can be stopped and started again on the same port, to play
 * a mail server that is down for a while.
 */
export async function startTestSmtpServer() {
  const port = await freePort()
  const mails: ReceivedMail[] = []
  const waiters = new Set<() => void>()
  let server: SMTPServer | undefined

  function toMail(parsed: ParsedMail, raw: string): ReceivedMail {
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to
    return {
      to: to?.value[0]?.address ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      messageId: parsed.messageId ?? '',
      raw,
    }
  }

  async function start() {
    server = new SMTPServer({
      // Plain SMTP on localhost: no TLS offered, no login asked for.
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          simpleParser(raw)
            .then((parsed) => {
              mails.push(toMail(parsed, raw))
              for (const wake of waiters) wake()
              callback()
            })
            .catch(callback)
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject)
      server!.listen(port, '127.0.0.1', () => resolve())
    })
  }

  async function stop() {
    const running = server
    server = undefined
    if (running) await new Promise<void>((resolve) => running.close(() => resolve()))
  }

  await start()
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    /** Mails to this address so far. */
    to: (address: string) => mails.filter((mail) => mail.to.toLowerCase() === address.toLowerCase()),
    /** Waits for a mail matching `predicate` (to the address, with the subject …). */
    async waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = mails.find(predicate)
        if (found) return found
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`no such mail arrived in ${timeoutMs} ms (${mails.length} arrived)`)
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake)
            clearTimeout(timer)
            resolve()
          }
          const timer = setTimeout(wake, Math.min(left, 200))
          waiters.add(wake)
        })
      }
    },
    /** Takes the server down (connections are refused) until `start` is called again. */
    stop,
    start,
  }
}

export type TestSmtpServer = Awaited<ReturnType<typeof startTestSmtpServer>>

/** The `token=` of the first link in a mail's text that has one. */
export function tokenFromMail(mail: Pick<ReceivedMail, 'text'>): string {
  const match = /[?&]token=([A-Za-z0-9_%-]+)/.exec(mail.text)
  if (!match) throw new Error(`no token link in the mail:\n${mail.text}`)
  return decodeURIComponent(match[1]!)
}
