import type { Clock } from '../../clock'
import { type JsonObject, stringAt } from '../../core/json'
import { timestamp } from '../../core/meta'
import { outcomeOf } from '../outcome'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import type { OperatorClient } from '../runtime/operator-client'
import { applyFault, recoverFault } from './chaos-actions'
import { selectTargets } from './kinds'
import { INJECTED, newRecord, NOT_INJECTED, recordAttempt, recordsOf, setRecords } from './records'

/** What a records pass works with. */
interface StepDeps {
  readonly client: OperatorClient
  readonly events: HttpEventRecorder
  readonly clock: Clock
}

/** What one pass of the records controller did: wait and retry, or rest. */
export type StepResult = 'retry' | 'done'

/**
 * The records controller (controllers/common/records): selects targets once (none is a
 * Warning and Selected stays False), then, in the same pass, moves every record one Apply or
 * Recover toward the desired phase, with record events and Applied / Recovered / Failed events.
 * Writes into `next`.
 */
export async function stepRecords(
  deps: StepDeps,
  obj: JsonObject,
  next: JsonObject,
  phase: 'Run' | 'Stop'
): Promise<StepResult> {
  const { client, events } = deps
  const records = recordsOf(next)
  if (!records) {
    if (phase === 'Stop') return 'done'
    const selection = selectTargets(client, obj)
    if ('error' in selection || selection.targets.length === 0) {
      const why = 'error' in selection ? selection.error : 'no target has been selected'
      events.record(obj, 'Warning', 'Failed', why, 'records')
      return 'retry'
    }
    setRecords(
      next,
      selection.targets.map((t) => newRecord(t.id, t.selectorKey))
    )
    events.record(obj, 'Normal', 'Updated', 'Successfully update records of resource', 'records')
  }
  return applyOrRecover(deps, obj, next, phase)
}

/** Moves every record one Apply or Recover toward `phase`. */
async function applyOrRecover(
  deps: StepDeps,
  obj: JsonObject,
  next: JsonObject,
  phase: 'Run' | 'Stop'
): Promise<StepResult> {
  const { client, events } = deps
  const records = recordsOf(next) ?? []
  const outcome = outcomeOf(obj)
  const now = timestamp(deps.clock.now())
  let failed = false
  for (const record of records) {
    const id = stringAt(record, 'id') ?? ''
    const apply = phase === 'Run' && record['phase'] === NOT_INJECTED
    const recover = phase === 'Stop' && record['phase'] === INJECTED
    if (!apply && !recover) continue
    const verb = apply ? 'apply' : 'recover'
    const failure = apply
      ? await applyFault(client, obj, id, outcome)
      : await recoverFault(client, obj, id, outcome)
    recordAttempt(record, apply ? 'Apply' : 'Recover', now, failure)
    if (failure) {
      failed = true
      events.record(obj, 'Warning', 'Failed', `Failed to ${verb} chaos: ${failure}`, 'records')
    } else {
      const reason = apply ? 'Applied' : 'Recovered'
      events.record(obj, 'Normal', reason, `Successfully ${verb} chaos for ${id}`, 'records')
    }
  }
  setRecords(next, records)
  return failed ? 'retry' : 'done'
}
