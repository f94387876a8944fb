/**
 * Follows an FIS experiment. FIS has no watch, so GetExperiment is polled with a bounded back-off:
 * 1 s after a change, growing by half each unchanged look up to 10 s. A look that fails is retried;
 * four failures in a row end the stream with the error (the gate then counts it as lost track).
 */
import { isAbortError } from '../../util/clock'
import type { Observation, RunContext } from '../backend'
import type { FisApi } from './fis-api'
import { fisObservation } from './fis-observation'

const FIRST_MS = 1_000
const MAX_MS = 10_000
const MAX_FAILURES = 4

export async function* followFis(
  fis: FisApi,
  id: string,
  ctx: RunContext,
  stoppedByGate: () => boolean
): AsyncGenerator<Observation> {
  let waitMs = FIRST_MS
  let last = ''
  let failures = 0
  while (!ctx.signal.aborted) {
    try {
      const exp = await fis.get(id, ctx.signal)
      failures = 0
      const o: Observation = exp
        ? fisObservation(exp, ctx.clock.now(), stoppedByGate())
        : {
            at: ctx.clock.now(),
            phase: 'failed',
            message: `FIS experiment ${id} no longer exists`,
            terminal: true
          }
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
