/**
 * Simulated time for long faults: a Clock that runs at wall-clock speed until told to run `factor`
 * times faster, and back. The benchmark speeds it up only while a fault is injected, so a 30-minute
 * fault passes in 18 s at factor 100, while preflight, submit and cleanup keep the real time their
 * requests take (their timeouts would fire on a clock that is fast throughout). The gate and the
 * simulated cluster share one, so every wait, deadline and status timestamp agrees.
 */
import { performance } from 'node:perf_hooks'

import { abortReason, type Clock } from '../../src/util/clock'

/** A pending sleep: when it is due in clock time, and its wall-clock timer. */
interface Sleeper {
  readonly due: number
  timer: NodeJS.Timeout
  readonly wake: () => void
}

export class WarpClock implements Clock {
  private epoch = Date.now()
  private origin = performance.now()
  private factor = 1
  private readonly sleepers = new Set<Sleeper>()

  now(): number {
    return Math.round(this.epoch + (performance.now() - this.origin) * this.factor)
  }

  /** From now on, time runs `factor` times as fast as the wall clock; pending sleeps follow. */
  warp(factor: number): void {
    this.epoch = this.now()
    this.origin = performance.now()
    this.factor = factor
    for (const s of this.sleepers) {
      clearTimeout(s.timer)
      s.timer = this.schedule(s.due, s.wake)
    }
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal))
      const onAbort = (): void => {
        clearTimeout(sleeper.timer)
        this.sleepers.delete(sleeper)
        reject(abortReason(signal))
      }
      const due = this.now() + Math.max(0, ms)
      const wake = (): void => {
        this.sleepers.delete(sleeper)
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      const sleeper: Sleeper = { due, wake, timer: this.schedule(due, wake) }
      this.sleepers.add(sleeper)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  private schedule(due: number, wake: () => void): NodeJS.Timeout {
    const timer = setTimeout(wake, Math.max(0, (due - this.now()) / this.factor))
    timer.unref()
    return timer
  }
}

/**
 * A stretch of fast time shared by several parties: the clock runs fast from start() until every
 * party has said it is done, so nobody's wait stretches into wall time and nobody's real work
 * (requests with timeouts) runs on fast time longer than it must.
 */
export class WarpWindow {
  private readonly busy: Set<string>

  constructor(
    private readonly clock: WarpClock,
    private readonly factor: number,
    parties: readonly string[]
  ) {
    this.busy = new Set(parties)
  }

  start(): void {
    this.clock.warp(this.factor)
  }

  done(party: string): void {
    this.busy.delete(party)
    if (this.busy.size === 0) this.clock.warp(1)
  }
}
