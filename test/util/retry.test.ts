import { backoffDelay, parseRetryAfter, type RetryPolicy, withRetry } from '../../src/util/retry'
import { FakeClock } from '../fakes/clock'

const policy: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, jitter: 0 }

describe('withRetry', () => {
  it('retries transient failures with doubling delays, then succeeds', async () => {
    const clock = new FakeClock()
    let calls = 0
    const result = await withRetry(
      async () => {
        calls++
        if (calls < 3) throw new Error('ECONNRESET')
        return 'ok'
      },
      () => ({ retry: true, reason: 'transient' }),
      policy,
      clock
    )
    expect(result).toBe('ok')
    expect(clock.sleeps).toEqual([100, 200])
  })

  it('does not retry a permanent failure', async () => {
    const clock = new FakeClock()
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw new Error('403')
        },
        () => ({ retry: false }),
        policy,
        clock
      )
    ).rejects.toThrow('403')
    expect(calls).toBe(1)
    expect(clock.sleeps).toEqual([])
  })

  it('honours Retry-After but never waits longer than the cap', async () => {
    const clock = new FakeClock()
    let calls = 0
    await withRetry(
      async () => {
        if (++calls < 3) throw new Error('429')
        return calls
      },
      () => ({ retry: true, afterMs: calls === 1 ? 300 : 60_000, reason: 'rate limited' }),
      policy,
      clock
    )
    expect(clock.sleeps).toEqual([300, 1000])
  })

  it('gives up after the last attempt and rethrows the last error', async () => {
    const clock = new FakeClock()
    let calls = 0
    await expect(
      withRetry(
        async () => {
          throw new Error(`failure ${++calls}`)
        },
        () => ({ retry: true, reason: 'transient' }),
        policy,
        clock
      )
    ).rejects.toThrow('failure 4')
    expect(clock.sleeps).toEqual([100, 200, 400])
  })

  it('stops waiting as soon as the signal aborts', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    const run = withRetry(
      async () => {
        controller.abort(new Error('cancelled by SIGTERM'))
        throw new Error('transient')
      },
      () => ({ retry: true, reason: 'transient' }),
      policy,
      clock,
      controller.signal
    )
    await expect(run).rejects.toThrow('cancelled by SIGTERM')
  })
})

describe('backoffDelay', () => {
  it('spreads delays around the exponential value with jitter', () => {
    const jittered = { ...policy, jitter: 0.5 }
    expect(backoffDelay(jittered, 1, () => 0)).toBe(50)
    expect(backoffDelay(jittered, 1, () => 1)).toBe(150)
    expect(backoffDelay(jittered, 10, () => 0.5)).toBe(1000)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1)
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })
})
