import { describeFault, inScope, planFault } from '../../../src/backends/local/fault-plan'
import type { ProxyFaultSpec } from '../../../src/manifest/model'

const base: ProxyFaultSpec = {
  upstream: 'http://127.0.0.1:8080',
  listen: { host: '127.0.0.1', port: 0 },
  paths: []
}

/** Random numbers from a script, in order. */
function draws(...values: number[]): () => number {
  let i = 0
  return () => values[i++ % values.length] as number
}

describe('planFault', () => {
  it('applies an error to the given percentage of requests', () => {
    const spec = { ...base, error: { status: 503, percent: 30, body: 'down' } }
    expect(planFault(spec, draws(0.29)).error).toEqual({ status: 503, body: 'down' })
    expect(planFault(spec, draws(0.3)).error).toBeUndefined()
  })

  it('at 100 % always applies and at 0 % never does, whatever the draw', () => {
    expect(planFault({ ...base, reset: { percent: 100 } }, draws(0.999)).reset).toBe(true)
    expect(planFault({ ...base, reset: { percent: 0 } }, draws(0)).reset).toBe(false)
  })

  it('spreads latency by the jitter around the fixed delay, never below zero', () => {
    const spec = { ...base, latency: { fixedMs: 200, jitterMs: 50, percent: 100 } }
    expect(planFault(spec, draws(0)).delayMs).toBe(150)
    expect(planFault(spec, draws(0.5)).delayMs).toBe(200)
    expect(planFault(spec, draws(0.9999)).delayMs).toBe(250)
    expect(
      planFault({ ...base, latency: { fixedMs: 10, jitterMs: 50, percent: 100 } }, draws(0)).delayMs
    ).toBe(0)
  })

  it('lets a reset win over an error, and delays either', () => {
    const spec = {
      ...base,
      latency: { fixedMs: 100, jitterMs: 0, percent: 100 },
      reset: { percent: 50 },
      error: { status: 500, percent: 100, body: '' }
    }
    expect(planFault(spec, draws(0.5, 0.1))).toEqual({ reset: true, delayMs: 100 })
    expect(planFault(spec, draws(0.5, 0.9, 0))).toEqual({
      reset: false,
      delayMs: 100,
      error: { status: 500, body: '' }
    })
  })

  it('throttles every faulted request when a bandwidth limit is set', () => {
    expect(planFault({ ...base, bandwidth: { bytesPerSecond: 1024 } }, draws(0.5))).toEqual({
      reset: false,
      delayMs: 0,
      bytesPerSecond: 1024
    })
  })

  it('scopes faults by path prefix', () => {
    expect(inScope(base, '/anything')).toBe(true)
    const scoped = { ...base, paths: ['/api/'] }
    expect(inScope(scoped, '/api/products')).toBe(true)
    expect(inScope(scoped, '/healthz')).toBe(false)
  })

  it('describes the fault in one line', () => {
    expect(
      describeFault({
        ...base,
        paths: ['/api'],
        latency: { fixedMs: 200, jitterMs: 50, percent: 100 },
        error: { status: 500, percent: 20, body: '' }
      })
    ).toBe('latency 200ms ±50ms on 100%, HTTP 500 on 20% of /api')
  })
})
