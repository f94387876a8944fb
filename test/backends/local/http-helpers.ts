import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A small upstream on loopback: `/hello`, `/echo` (POST), `/big` (2000 bytes). */
export async function startUpstream(): Promise<{
  url: string
  hits: string[]
  close: () => Promise<void>
}> {
  const hits: string[] = []
  const server = http.createServer((req, res) => {
    hits.push(`${req.method ?? ''} ${req.url ?? ''}`)
    if (req.url?.startsWith('/echo')) {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'text/plain', 'x-upstream': 'yes' })
        res.end(Buffer.concat(chunks))
      })
      return
    }
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      res.end(Buffer.alloc(2000, 120))
      return
    }
    res.writeHead(200, { 'content-type': 'text/plain', 'x-upstream': 'yes' })
    res.end('hello')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export interface Answer {
  readonly status: number
  readonly body: string
  readonly headers: http.IncomingHttpHeaders
}

/** One request on a fresh connection; rejects with the socket error (ECONNRESET, ECONNREFUSED). */
export function request(
  url: string,
  init: { method?: string; body?: string } = {}
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          headers: res.headers
        })
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

/**
 * Resolves once `holds()` is true, looking every few milliseconds: for waiting on real sockets
 * (a request reaching the proxy) without guessing how long that takes on a loaded machine.
 */
export async function until(holds: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!holds()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** Lets pending I/O callbacks run (real sockets on loopback). */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
