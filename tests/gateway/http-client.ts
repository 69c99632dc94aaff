import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { gunzipSync } from 'node:zlib'

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  /** The bytes as they came over the wire (still gzip-compressed if the server compressed). */
  body: Buffer
  /** The body decoded to text, gunzipped first when Content-Encoding is gzip. */
  text(): string
  /** The decoded body parsed as JSON; throws with the raw text when it is not JSON. */
  json<T = any>(): T
}

export interface RawRequest {
  method?: string
  /** Sent exactly as given: `..`, `%2e` and friends reach the server untouched (fetch would normalise them). */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** The client address to connect from, e.g. another 127.0.0.x to be a different client IP. */
  localAddress?: string
}

/** Certificates (PEM) an `https:` base URL is verified against, besides the system's. */
const trusted: string[] = []
export function trustCertificate(pem: string) {
  trusted.push(pem)
}

/**
 * One HTTP/1.1 request on a fresh connection (TLS for an `https:` base URL), with nothing done for us: no path normalisation,
 * no automatic decompression, duplicate headers visible (Node joins them with ", ").
 */
export function send(baseUrl: string, options: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    let answered = false
    const https = url.protocol === 'https:'
    const request = (https ? httpsRequest : httpRequest)(
      {
        ...(https ? { ca: trusted.length > 0 ? trusted : undefined, servername: 'localhost' } : {}),
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        localAddress: options.localAddress,
        agent: false,
      },
      (response) => {
        answered = true
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => resolve(toRawResponse(response.statusCode ?? 0, response.headers, chunks)))
      },
    )
    // A server may answer (413) before it has read the whole body and then drop the rest.
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    if (options.body !== undefined) request.write(options.body)
    request.end()
  })
}

function toRawResponse(status: number, headers: IncomingHttpHeaders, chunks: Buffer[]): RawResponse {
  const body = Buffer.concat(chunks)
  const text = () => (headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8')
  return {
    status,
    headers,
    body,
    text,
    json() {
      const raw = text()
      try {
        return JSON.parse(raw)
      } catch {
        throw new Error(`expected a JSON body, got (${status}): ${raw.slice(0, 300)}`)
      }
    },
  }
}

/** A header's single value; fails loudly when it is missing, repeated or an array. */
export function header(response: RawResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()]
  if (Array.isArray(value)) throw new Error(`header ${name} repeated: ${value.join(' | ')}`)
  return value
}
