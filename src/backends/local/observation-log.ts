/**
 * A fault's observations as a replayable stream: every `follow()` first replays what happened so
 * far, then yields live observations until a terminal one or until its signal aborts. Followers
 * never miss a change and never poll.
 */
import type { Observation } from '../backend'

export class ObservationLog {
  private readonly history: Observation[] = []
  private readonly wakers = new Set<() => void>()

  /** Appends an observation and wakes every follower. Nothing is accepted after a terminal one. */
  push(observation: Observation): void {
    if (this.last?.terminal) return
    this.history.push(observation)
    for (const wake of [...this.wakers]) wake()
  }

  get last(): Observation | undefined {
    return this.history[this.history.length - 1]
  }

  /** Replays, then follows live. Ends quietly when `signal` aborts. */
  async *follow(signal: AbortSignal): AsyncGenerator<Observation> {
    let next = 0
    for (;;) {
      while (next < this.history.length) {
        const o = this.history[next++] as Observation
        yield o
        if (o.terminal) return
      }
      if (signal.aborted || !(await this.changed(signal))) return
    }
  }

  /** Resolves true on the next push, false when `signal` aborts first. */
  private changed(signal: AbortSignal): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const done = (value: boolean): void => {
        this.wakers.delete(wake)
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      }
      const wake = (): void => done(true)
      const onAbort = (): void => done(false)
      this.wakers.add(wake)
      signal.addEventListener('abort', onAbort, { once: true })
    })
  }
}
