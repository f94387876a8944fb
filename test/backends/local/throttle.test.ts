import { PassThrough, Readable } from 'node:stream'

import { copyThrottled } from '../../../src/backends/local/throttle'
import { settle } from './http-helpers'
import { ManualClock } from './manual-clock'

describe('copyThrottled', () => {
  it('sends no faster than the byte rate, on the injected clock', async () => {
    const clock = new ManualClock()
    const to = new PassThrough()
    let received = 0
    to.on('data', (c: Buffer) => (received += c.length))
    const done = copyThrottled(
      Readable.from([Buffer.alloc(1000)]),
      to,
      1000,
      clock,
      new AbortController().signal
    )
    await settle(5)
    expect(received).toBe(50)
    clock.advance(50)
    await settle(5)
    expect(received).toBe(100)
    clock.advance(450)
    await settle(5)
    expect(received).toBe(550)
    clock.advance(500)
    await done
    expect(received).toBe(1000)
  })

  it('sends the rest at full speed once released', async () => {
    const clock = new ManualClock()
    const to = new PassThrough()
    let received = 0
    to.on('data', (c: Buffer) => (received += c.length))
    const release = new AbortController()
    const done = copyThrottled(Readable.from([Buffer.alloc(1000)]), to, 10, clock, release.signal)
    await settle(5)
    release.abort()
    await done
    expect(received).toBe(1000)
  })
})
