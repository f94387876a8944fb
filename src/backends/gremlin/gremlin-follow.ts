/**
 * Follows a Gremlin attack or scenario run. Gremlin has no watch, so the stage is polled with a
 * bounded back-off: 1 s after a change, growing by half each unchanged look up to 10 s. The client
 * already retries throttling and 5xx within bounds; four failed looks in a row end the stream with
 * the error (the gate then counts it as lost track).
 */
import { isAbortError } from '../../util/clock'
import type { Observation, RunContext } from '../backend'

const FIRST_MS = 1_000
const MAX_MS = 10_000
const MAX_FAILURES = 4

/** Polls `look` until it reports a terminal observation or the run is cancelled. */
export async function* followGremlin(
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
