/**
 * Follows an FIS experiment: FIS has no watch, so GetExperiment is polled with the bounded back-off
 * of `pollObservations`. An experiment FIS no longer has is a failure, never a pass.
 */
import type { Observation, RunContext } from '../backend'
import { pollObservations } from '../poll-follow'
import type { FisApi } from './fis-api'
import { fisObservation } from './fis-observation'

export function followFis(
  fis: FisApi,
  id: string,
  ctx: RunContext,
  stoppedByGate: () => boolean
): AsyncGenerator<Observation> {
  return pollObservations(async () => {
    const exp = await fis.get(id, ctx.signal)
    return exp
      ? fisObservation(exp, ctx.clock.now(), stoppedByGate())
      : {
          at: ctx.clock.now(),
          phase: 'failed',
          message: `FIS experiment ${id} no longer exists`,
          terminal: true
        }
  }, ctx)
}
