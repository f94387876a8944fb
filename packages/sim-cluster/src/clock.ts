/**
 * Time as a dependency: timestamps, timed transitions and the operators' durations go through a
 * Clock, so a test can drive time. The shape is Chaos Gate's Clock (src/util/clock.ts), so its
 * fake clocks fit, but the simulator depends on nothing of Chaos Gate.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after `ms`, or rejects as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** The wall clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(reasonOf(signal))
        return
      }
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(reasonOf(signal))
      }
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
        Math.max(0, ms)
      )
      signal?.addEventListener('abort', onAbort, { once: true })
    })
}

function reasonOf(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason
  return reason instanceof Error ? reason : new Error('aborted')
}
