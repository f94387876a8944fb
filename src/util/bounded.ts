/**
 * Bounded waits. The engine must never hang, even on a dependency that ignores its AbortSignal,
 * so a bounded call races the work against its own timer and the caller's signal.
 */
import { abortReason, type Clock } from './clock'
import { formatDuration } from './duration'
import { GateTimeoutError } from './errors'

/** Rejects with the signal's reason once it aborts; `dispose` removes the listener. */
function whenAborted(signal: AbortSignal): { promise: Promise<never>; dispose: () => void } {
  let onAbort = (): void => undefined
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortReason(signal))
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  promise.catch(() => undefined)
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) }
}

/** Runs `fn` until it settles or `signal` aborts, whichever comes first. */
export async function raceSignal<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  const aborted = whenAborted(signal)
  try {
    return await Promise.race([work, aborted.promise])
  } finally {
    aborted.dispose()
  }
}

/**
 * Runs `fn` with a signal that aborts after `ms` (with a GateTimeoutError naming `what`) or when
 * `parent` aborts, and stops waiting at that moment even if `fn` does not.
 */
export async function withTimeout<T>(
  clock: Clock,
  ms: number,
  what: string,
  parent: AbortSignal | undefined,
  fn: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const own = new AbortController()
  const timer = new AbortController()
  clock.sleep(ms, timer.signal).then(
    () => own.abort(new GateTimeoutError(`${what} did not finish within ${formatDuration(ms)}`)),
    () => undefined
  )
  const signal = parent ? AbortSignal.any([parent, own.signal]) : own.signal
  try {
    return await raceSignal(signal, fn(signal))
  } finally {
    timer.abort()
  }
}
