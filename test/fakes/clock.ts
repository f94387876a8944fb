import { abortReason, type Clock } from '../../src/util/clock'

interface Timer {
  readonly at: number
  readonly seq: number
  readonly resolve: () => void
  readonly cancel: () => void
}

/**
 * Virtual time for tests. `sleep` never waits for real: once every pending promise has settled,
 * the clock jumps to the earliest sleeper and wakes it. Several loops sleeping at once interleave
 * in virtual-time order, so a 10-minute experiment polled every 15 s finishes in milliseconds.
 * Only for code that waits on the clock, not on real I/O (time would jump while I/O is pending).
 */
export class FakeClock implements Clock {
  private time: number
  private seq = 0
  private timers: Timer[] = []
  private scheduled = false
  /** Every sleep requested, in order, for assertions on back-off and intervals. */
  readonly sleeps: number[] = []
  /** When each of those sleeps would end (now + ms at the call), for assertions on deadlines. */
  readonly wakeups: number[] = []

  constructor(start = Date.UTC(2026, 10, 26, 12, 0, 0)) {
    this.time = start
  }

  now(): number {
    return this.time
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms)
    this.wakeups.push(this.time + Math.max(0, ms))
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal))
        return
      }
      const onAbort = (): void => {
        this.timers = this.timers.filter((t) => t !== timer)
        reject(abortReason(signal))
      }
      const timer: Timer = {
        at: this.time + Math.max(0, ms),
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
        cancel: onAbort
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.timers.push(timer)
      this.schedule()
    })
  }

  /** Moves time forward without waking anyone (a clock jump, or time spent in "I/O"). */
  advance(ms: number): void {
    this.time += ms
  }

  /** Number of sleepers waiting. */
  get pending(): number {
    return this.timers.length
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.wakeNext()
    })
  }

  private wakeNext(): void {
    if (this.timers.length === 0) return
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq)
    const next = this.timers.shift() as Timer
    this.time = Math.max(this.time, next.at)
    next.resolve()
    if (this.timers.length > 0) this.schedule()
  }
}
