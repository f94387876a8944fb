import { abortReason, type Clock } from '../../../src/util/clock'

/**
 * A clock that only moves when the test says so, for code that mixes real I/O with timers (the
 * fault proxy): nothing jumps while a socket is busy, and a held request stays held until the
 * test advances past its delay.
 */
export class ManualClock implements Clock {
  private sleepers: { at: number; wake: () => void }[] = []

  constructor(private time = 1_000_000) {}

  now(): number {
    return this.time
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal))
      const sleeper = {
        at: this.time + Math.max(0, ms),
        wake: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      }
      const onAbort = (): void => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper)
        reject(abortReason(signal))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.sleepers.push(sleeper)
      if (ms <= 0) this.advance(0)
    })
  }

  /** Moves time forward and wakes every sleeper that is due, in order. */
  advance(ms: number): void {
    this.time += ms
    const due = this.sleepers.filter((s) => s.at <= this.time).sort((a, b) => a.at - b.at)
    this.sleepers = this.sleepers.filter((s) => s.at > this.time)
    for (const s of due) s.wake()
  }

  get pending(): number {
    return this.sleepers.length
  }
}
