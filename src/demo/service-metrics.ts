/**
 * The demo service's own Prometheus metrics (prom-client, loaded only for `demo --prometheus`):
 * requests by route and status code, and their latency, as the service itself sees them. Injected
 * proxy faults never reach it, which is the point of showing them next to the edge metrics.
 */
import type { Counter, Histogram, Registry } from 'prom-client'

/** What the demo service reports to, and serves on /metrics. */
export interface ServiceMetrics {
  observe(route: string, code: number, seconds: number): void
  render(): Promise<{ readonly contentType: string; readonly body: string }>
}

export async function createServiceMetrics(): Promise<ServiceMetrics> {
  const client = await import('prom-client')
  const registry: Registry = new client.Registry()
  const requests: Counter<'route' | 'code'> = new client.Counter({
    name: 'http_requests_total',
    help: 'Requests the shop served, by route and status code.',
    labelNames: ['route', 'code'],
    registers: [registry]
  })
  const duration: Histogram<'route'> = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time the shop took to answer, by route.',
    labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry]
  })
  return {
    observe: (route, code, seconds) => {
      requests.inc({ route, code: String(code) })
      duration.observe({ route }, seconds)
    },
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() })
  }
}

/** A route label with ids folded, so the series stay few: `/api/products/:id`. */
export function routeOf(path: string): string {
  if (/^\/api\/products\/[^/]+$/.test(path)) return '/api/products/:id'
  if (path === '/api/products' || path === '/api/carts' || path === '/healthz') return path
  return 'other'
}
