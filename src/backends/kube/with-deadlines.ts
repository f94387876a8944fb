/**
 * A watch stream that also wakes up at deadlines. Some answers change with time alone (an injection
 * bound passing, a fault window ending, a restore timeout) while the watched object stays still, so
 * a follower needs both: every change, and a tick when `nextAt()` passes first. All waiting goes
 * through the injected clock; stopping the iteration stops the underlying watch.
 */
import type { Clock } from '../../util/clock'

/** A change from the stream, or the clock reaching the deadline `nextAt()` named. */
export type Tick<T> = { readonly kind: 'change'; readonly value: T } | { readonly kind: 'time' }

export interface DeadlineOptions {
  readonly clock: Clock
  readonly signal: AbortSignal
  /** The next moment worth a look without a change; undefined when there is none. */
  readonly nextAt: () => number | undefined
}

export async function* withDeadlines<T>(
  open: (signal: AbortSignal) => AsyncIterable<T>,
  options: DeadlineOptions
): AsyncGenerator<Tick<T>> {
  const { clock, signal } = options
  const stop = new AbortController()
  const inner = AbortSignal.any([signal, stop.signal])
  const iterator = open(inner)[Symbol.asyncIterator]()
  let pending: Promise<IteratorResult<T>> | undefined
  try {
    while (!signal.aborted) {
      pending ??= iterator.next()
      const next = await race(pending, options.nextAt(), clock, inner)
      if (next === 'cancelled') return
      if (next === 'time') {
        yield { kind: 'time' }
        continue
      }
      pending = undefined
      if (next.done) return
      yield { kind: 'change', value: next.value }
    }
  } finally {
    stop.abort()
    // The stream ends once its signal aborts; wait for it so no request outlives the iteration.
    await pending?.catch(() => undefined)
    await iterator.return?.(undefined)
  }
}

async function race<T>(
  pending: Promise<IteratorResult<T>>,
  at: number | undefined,
  clock: Clock,
  signal: AbortSignal
): Promise<IteratorResult<T> | 'time' | 'cancelled'> {
  if (at === undefined) return pending
  // One timer per round, cancelled with the round: no listener piles up on the long-lived signal.
  const timer = new AbortController()
  const cancel = (): void => timer.abort()
  signal.addEventListener('abort', cancel, { once: true })
  const wake = clock.sleep(Math.max(0, at - clock.now()), timer.signal).then(
    () => 'time' as const,
    () => (signal.aborted ? ('cancelled' as const) : undefined)
  )
  try {
    const winner = await Promise.race([pending, wake])
    return winner ?? pending
  } finally {
    signal.removeEventListener('abort', cancel)
    timer.abort()
  }
}
