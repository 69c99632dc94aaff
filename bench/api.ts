/** What every bench scenario shares: a JSON call to the public API and a progress bar on stderr. */

export async function callApi(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<any> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (response.status >= 300)
    throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`)
  return response.json()
}

export function progressBar(label: string, done: number, total: number) {
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stderr.write(
    `\r  ${label.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`,
  )
  if (done === total) process.stderr.write('\n')
}
