import { naturalLatencyMs, startDemoService } from '../../src/demo/demo-service'
import { systemClock } from '../../src/util/clock'
import { request } from '../backends/local/http-helpers'

describe('the demo service', () => {
  it('serves a small shop API', async () => {
    const service = await startDemoService({ clock: systemClock, random: () => 0.5 })
    try {
      const products = await request(`${service.url}/api/products`)
      expect(products.status).toBe(200)
      expect((JSON.parse(products.body) as { products: unknown[] }).products).toHaveLength(8)
      expect((await request(`${service.url}/api/products/p-104`)).body).toContain('Burr grinder')
      expect((await request(`${service.url}/api/products/nope`)).status).toBe(404)
      const cart = await request(`${service.url}/api/carts`, {
        method: 'POST',
        body: '{"items":[{"productId":"p-100","quantity":2}]}'
      })
      expect(cart.status).toBe(201)
      expect(JSON.parse(cart.body)).toEqual({
        id: 'c-1',
        items: [{ productId: 'p-100', quantity: 2 }],
        totalCents: 4980
      })
      expect(
        (
          await request(`${service.url}/api/carts`, {
            method: 'POST',
            body: '{"items":[{"productId":"p-107","quantity":1}]}'
          })
        ).status
      ).toBe(409)
      expect(
        (await request(`${service.url}/api/carts`, { method: 'POST', body: 'not json' })).status
      ).toBe(400)
      expect((await request(`${service.url}/healthz`)).status).toBe(200)
      expect(service.served()).toBe(7)
    } finally {
      await service.close()
    }
  })

  it('has a natural latency of a few milliseconds with a small slow tail', () => {
    expect(naturalLatencyMs(() => 0.5)).toBe(10)
    let i = 0
    const tail = () => [0.5, 0.01][i++ % 2] as number
    expect(naturalLatencyMs(tail)).toBe(40)
  })
})
