import {
  arrayAt,
  ensureObject,
  isObject,
  type JsonObject,
  numberAt,
  objectAt,
  stringAt
} from '../../core/json'

export const INJECTED = 'Injected'
export const NOT_INJECTED = 'Not Injected'

/** How many record events are kept per record (the controller's MaxEvents). */
const MAX_EVENTS = 10

/** status.experiment.containerRecords, or undefined while nothing was selected (nil). */
export function recordsOf(obj: JsonObject): JsonObject[] | undefined {
  const experiment = objectAt(objectAt(obj, 'status'), 'experiment')
  const records = experiment?.['containerRecords']
  return Array.isArray(records) && records.length > 0 ? records.filter(isObject) : undefined
}

export function setRecords(obj: JsonObject, records: JsonObject[]): void {
  ensureObject(ensureObject(obj, 'status'), 'experiment')['containerRecords'] = records
}

export function desiredPhaseOf(obj: JsonObject): string | undefined {
  const phase = objectAt(objectAt(obj, 'status'), 'experiment')?.['desiredPhase']
  return typeof phase === 'string' ? phase : undefined
}

export function setDesiredPhase(obj: JsonObject, phase: 'Run' | 'Stop'): void {
  ensureObject(ensureObject(obj, 'status'), 'experiment')['desiredPhase'] = phase
}

export function newRecord(id: string, selectorKey: string): JsonObject {
  return { id, selectorKey, phase: NOT_INJECTED, injectedCount: 0, recoveredCount: 0 }
}

/** Moves a record after an Apply/Recover attempt, appending the record event (capped). */
export function recordAttempt(
  record: JsonObject,
  operation: 'Apply' | 'Recover',
  timestamp: string,
  failure?: string
): void {
  const event: JsonObject = { type: failure ? 'Failed' : 'Succeeded', operation, timestamp }
  if (failure) event['message'] = failure
  record['events'] = [...arrayAt(record, 'events'), event].slice(-MAX_EVENTS)
  if (failure) return
  if (operation === 'Apply') {
    record['phase'] = INJECTED
    record['injectedCount'] = (numberAt(record, 'injectedCount') ?? 0) + 1
  } else {
    record['phase'] = NOT_INJECTED
    record['recoveredCount'] = (numberAt(record, 'recoveredCount') ?? 0) + 1
  }
}

/**
 * Selected / AllInjected / AllRecovered / Paused, recomputed from the records as the condition
 * controller does. Upstream builds the slice from a Go map, so the order is shuffled here too:
 * clients must not depend on it.
 */
export function conditionsFor(records: JsonObject[] | undefined, paused: boolean): JsonObject[] {
  const selected = records !== undefined
  const all = (phase: string): boolean =>
    selected && (records ?? []).every((r) => r['phase'] === phase)
  const conditions: JsonObject[] = [
    { type: 'Selected', status: String(selected).replace(/^./, (c) => c.toUpperCase()) },
    { type: 'AllInjected', status: all(INJECTED) ? 'True' : 'False' },
    { type: 'AllRecovered', status: all(NOT_INJECTED) ? 'True' : 'False' },
    { type: 'Paused', status: paused ? 'True' : 'False' }
  ]
  return conditions.sort(() => Math.random() - 0.5)
}

/** Conditions equal regardless of order (so a reshuffle alone is not a change). */
export function sameConditions(a: JsonObject[], b: JsonObject[]): boolean {
  const key = (list: JsonObject[]): string =>
    list
      .map((c) => `${stringAt(c, 'type') ?? ''}=${stringAt(c, 'status') ?? ''}`)
      .sort()
      .join(',')
  return key(a) === key(b)
}
