/**
 * The parts every chaos observation is made of: the observation itself with a time to look again,
 * the targets a fault has reached, and the details the report shows (conditions in a fixed order,
 * desiredPhase, how many records are injected).
 */
import type { FaultPhase, Observation } from '../../backend'
import type { ChaosView, RecordView } from '../status/chaos-status'

/** The observation, and when to look again if nothing changes before then (a bound expiring). */
export interface ChaosLook {
  readonly observation: Observation
  readonly recheckAt?: number
}

export function look(
  at: number,
  phase: FaultPhase,
  message: string,
  extra: Partial<Omit<Observation, 'at' | 'phase' | 'message'>> = {}
): ChaosLook {
  return { observation: { at, phase, message, terminal: false, ...extra } }
}

/** An observation that ends the follow (the object's run is over, one way or the other). */
export function terminalLook(
  at: number,
  phase: FaultPhase,
  message: string,
  extra: Pick<Observation, 'verdict' | 'affectedTargets'>
): ChaosLook {
  return look(at, phase, message, { ...extra, terminal: true })
}

/** Targets the fault reached at some point (recovered ones included). */
export function everInjected(records: readonly RecordView[]): number {
  return records.filter((r) => r.phase === 'injected' || r.injectedCount > 0).length
}

const CONDITION_ORDER = ['Selected', 'AllInjected', 'AllRecovered', 'Paused']

export function detailsOf(view: ChaosView): Readonly<Record<string, string>> {
  const conditions = CONDITION_ORDER.filter((c) => view.conditions.has(c))
    .map((c) => `${c}=${view.conditions.get(c) ?? ''}`)
    .join(' ')
  const records = view.records ?? []
  return {
    object: `${view.kind} ${view.namespace}/${view.name}`,
    ...(conditions ? { conditions } : {}),
    ...(view.desiredPhase ? { desiredPhase: view.desiredPhase } : {}),
    records: `${records.filter((r) => r.phase === 'injected').length}/${records.length} injected`
  }
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
