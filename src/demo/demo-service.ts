/**
 * The service `chaos-gate demo` puts under test: a small shop API on loopback with the natural,
 * slightly uneven latency of a real one. Routes:
 *   GET  /healthz                liveness
 *   GET  /api/products           the catalogue
 *   GET  /api/products/:id       one product, or 404
 *   POST /api/carts              a cart from {"items":[{"productId","quantity"}]}; 400 on bad input, 409 when out of stock
 *   GET  /metrics                Prometheus metrics, when started with `metrics` (demo --prometheus)
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import type { Clock } from '../util/clock'
import { CATALOG } from './catalog'
import { routeOf, type ServiceMetrics } from './service-metrics'

export interface DemoServiceOptions {
  readonly clock: Clock
  /** Uniform random numbers in [0, 1), for the latency spread. */
  readonly random: () => number
  readonly host?: string
  readonly port?: number
  /** Counts and times every request, and serves them on /metrics (demo --prometheus). */
  readonly metrics?: ServiceMetrics
}

export interface DemoService {
  readonly url: string
  /** Requests served so far. */
  readonly served: () => number
  close(): Promise<void>
}

/** Bodies above this are refused, as any real API would. */
const MAX_BODY_BYTES = 16 * 1024

/** 4–16 ms for most requests, and a 2 % tail around 40 ms: what a healthy service looks like. */
export function naturalLatencyMs(random: () => number): number {
  const base = 4 + random() * 12
  return Math.round(random() < 0.02 ? base + 30 : base)
}

export async function startDemoService(options: DemoServiceOptions): Promise<DemoService> {
  let served = 0
  let nextCart = 1
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const { metrics } = options
    if (metrics && path === '/metrics') return void serveMetrics(res, metrics)
    served++
    if (metrics) {
      const started = performance.now()
      res.on('finish', () =>
        metrics.observe(routeOf(path), res.statusCode, (performance.now() - started) / 1000)
      )
    }
    void handle(req, res, options, () => `c-${nextCart++}`)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('the demo service is not listening on TCP')
  return {
    url: `http://${address.address}:${address.port}`,
    served: () => served,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: DemoServiceOptions,
  cartId: () => string
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  if (path === '/healthz') return send(res, 200, { status: 'ok' })
  if (!path.startsWith('/api/')) return send(res, 404, { error: `no route ${path}` })
  await options.clock.sleep(naturalLatencyMs(options.random))
  if (req.method === 'GET' && path === '/api/products') return send(res, 200, { products: CATALOG })
  const product = /^\/api\/products\/([\w-]+)$/.exec(path)
  if (req.method === 'GET' && product) {
    const found = CATALOG.find((p) => p.id === product[1])
    return found
      ? send(res, 200, found)
      : send(res, 404, { error: `no product ${product[1] ?? ''}` })
  }
  if (req.method === 'POST' && path === '/api/carts') return createCart(req, res, cartId)
  send(res, 404, { error: `no route ${req.method ?? ''} ${path}` })
}

async function createCart(
  req: IncomingMessage,
  res: ServerResponse,
  cartId: () => string
): Promise<void> {
  const body = await readBody(req)
  const items = parseItems(body)
  if (!items)
    return send(res, 400, { error: 'expected {"items":[{"productId":"p-100","quantity":1}]}' })
  for (const item of items) {
    const product = CATALOG.find((p) => p.id === item.productId)
    if (!product) return send(res, 400, { error: `no product ${item.productId}` })
    if (product.stock < item.quantity)
      return send(res, 409, { error: `${product.name} is out of stock` })
  }
  const totalCents = items.reduce(
    (sum, i) => sum + (CATALOG.find((p) => p.id === i.productId)?.priceCents ?? 0) * i.quantity,
    0
  )
  send(res, 201, { id: cartId(), items, totalCents })
}

function parseItems(
  body: string | undefined
): { productId: string; quantity: number }[] | undefined {
  let json: unknown
  try {
    json = JSON.parse(body ?? '')
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null || !('items' in json) || !Array.isArray(json.items))
    return undefined
  const list: unknown[] = json.items
  const items: { productId: string; quantity: number }[] = []
  for (const raw of list) {
    if (typeof raw !== 'object' || raw === null || !('productId' in raw) || !('quantity' in raw))
      return undefined
    const { productId, quantity } = raw
    if (
      typeof productId !== 'string' ||
      typeof quantity !== 'number' ||
      !Number.isInteger(quantity) ||
      quantity < 1
    )
      return undefined
    items.push({ productId, quantity })
  }
  return items
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= MAX_BODY_BYTES) chunks.push(c)
    })
    req.on('end', () =>
      resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined)
    )
    req.on('error', () => resolve(undefined))
  })
}

function serveMetrics(res: ServerResponse, metrics: ServiceMetrics): void {
  metrics.render().then(
    ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
    () => res.writeHead(500).end()
  )
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}
