/**
 * Follows a fault on a backend that has no watch (AWS FIS, Gremlin): `look` is polled with a
 * bounded back-off, 1 s after a change and growing by half each unchanged look up to 10 s, so a
 * long fault costs a few requests a minute while a change is still seen within a second. Only a
 * change is yielded. The clients already retry throttling and 5xx within bounds; four failed looks
 * in a row end the stream with the error (the gate then counts it as lost track, never a pass).
 */
import { isAbortError } from '../util/clock'
import type { Observation, RunContext } from './backend'

const FIRST_MS = 1_000
const MAX_MS = 10_000
const MAX_FAILURES = 4

/** Polls `look` until it reports a terminal observation or the run is cancelled. */
export async function* pollObservations(
  look: () => Promise<Observation>,
  ctx: RunContext
): AsyncGenerator<Observation> {
  let waitMs = FIRST_MS
  let last = ''
  let failures = 0
  while (!ctx.signal.aborted) {
    try {
      const o = await look()
      failures = 0
      const key = `${o.phase}/${o.message}`
      if (key !== last) {
        last = key
        waitMs = FIRST_MS
        yield o
      } else waitMs = Math.min(MAX_MS, Math.round(waitMs * 1.5))
      if (o.terminal) return
    } catch (err) {
      if (isAbortError(err) || ctx.signal.aborted) return
      if (++failures >= MAX_FAILURES) throw err
    }
    try {
      await ctx.clock.sleep(waitMs, ctx.signal)
    } catch (err) {
      if (isAbortError(err)) return
      throw err
    }
  }
}
