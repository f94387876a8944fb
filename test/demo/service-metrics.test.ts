import { startDemoService } from '../../src/demo/demo-service'
import { createServiceMetrics, routeOf } from '../../src/demo/service-metrics'
import { systemClock } from '../../src/util/clock'

describe('the demo service metrics (demo --prometheus)', () => {
  it('counts and times what the shop serves, by route and code, on /metrics', async () => {
    const service = await startDemoService({
      clock: systemClock,
      random: () => 0,
      metrics: await createServiceMetrics()
    })
    try {
      await (await fetch(`${service.url}/api/products`)).text()
      await (await fetch(`${service.url}/api/products/p-100`)).text()
      await (await fetch(`${service.url}/api/products/nope`)).text()
      const text = await (await fetch(`${service.url}/metrics`)).text()
      expect(text).toContain('http_requests_total{route="/api/products",code="200"} 1')
      expect(text).toContain('http_requests_total{route="/api/products/:id",code="404"} 1')
      expect(text).toContain('http_request_duration_seconds_count{route="/api/products/:id"} 2')
      expect(service.served()).toBe(3)
    } finally {
      await service.close()
    }
  })

  it('folds ids out of route labels', () => {
    expect(['/api/products/p-1', '/api/carts', '/x/y'].map(routeOf)).toEqual([
      '/api/products/:id',
      '/api/carts',
      'other'
    ])
  })
})
