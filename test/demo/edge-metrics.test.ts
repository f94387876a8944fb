import http from 'node:http'

import { EDGE_REQUESTS, EdgeMetrics } from '../../src/demo/edge-metrics'
import { portOf } from '../prometheus/port-of'

describe('EdgeMetrics', () => {
  let upstream: http.Server
  let url: string
  beforeAll(async () => {
    upstream = http.createServer((req, res) =>
      res.writeHead(req.url === '/fail' ? 500 : 200).end('x')
    )
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${portOf(upstream)}`
  })
  afterAll(async () => {
    upstream.closeAllConnections()
    await new Promise<void>((resolve) => upstream.close(() => resolve()))
  })

  it('counts what clients get by status code, unreachable included, and serves it for Prometheus', async () => {
    const edge = await EdgeMetrics.start()
    try {
      const metered = edge.meter(fetch)
      await (await metered(`${url}/ok`)).text()
      await (await metered(`${url}/fail`)).text()
      await (await metered(`${url}/fail`)).text()
      await expect(metered('http://127.0.0.1:1/')).rejects.toThrow()
      const cancelled = new AbortController()
      cancelled.abort()
      await expect(metered(`${url}/ok`, { signal: cancelled.signal })).rejects.toThrow()
      const text = await (await fetch(`http://${edge.target}/metrics`)).text()
      expect(text).toContain(`${EDGE_REQUESTS}{code="200"} 1`)
      expect(text).toContain(`${EDGE_REQUESTS}{code="500"} 2`)
      expect(text).toContain(`${EDGE_REQUESTS}{code="error"} 1`)
      expect(text).toContain('shop_edge_request_duration_seconds_bucket{le="+Inf",code="500"} 2')
    } finally {
      await edge.close()
    }
  })
})
