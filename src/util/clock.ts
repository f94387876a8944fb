/**
 * Time as a dependency. Everything that waits goes through a Clock, so tests drive time with a fake
 * clock and never sleep for real (test/fakes/clock.ts).
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after `ms`, or rejects with the signal's reason as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/**
 * The wall clock. A pending sleep holds the process, as any timer does: while the gate waits for
 * its next sample or a retry back-off, that wait is the only thing keeping Node alive, and an
 * unref'd timer let the process end with exit code 0 and no verdict. Every caller that stops
 * waiting early cancels its sleep through `signal`, so no sleep outlives the work it timed.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal))
        return
      }
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(abortReason(signal))
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

/** The error a cancelled wait rejects with: the signal's own reason when it is an Error. */
export function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason
  if (reason instanceof Error) return reason
  return new AbortError(typeof reason === 'string' ? reason : 'aborted')
}

/** Thrown by waits that were cancelled through an AbortSignal. */
export class AbortError extends Error {
  override readonly name = 'AbortError'
}

/** True when `err` means "cancelled" rather than "failed". */
export function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')
}
