/**
 * Whether the workloads brought the killed pods back, as a pure function of their pods: restored
 * when each has at least its desired replicas Running and Ready, counting neither a killed pod nor
 * one being deleted. The time from the kill to that moment is the recovery pod-kill reports; a
 * workload still short when the restore timeout passes fails the experiment.
 */
import type { KubeObject } from '../../../manifest/model'
import type { Observation } from '../../backend'
import { isServing } from './pods'
import { describeWorkload, type Workload } from './workloads'

export interface RestoreContext {
  readonly at: number
  readonly killedAt: number
  readonly restoreTimeoutMs: number
  /** Names of the killed pods. */
  readonly victims: readonly string[]
}

/** An observation, and when to look again if nothing changes before then. */
export interface Look {
  readonly observation: Observation
  readonly recheckAt?: number
}

/** Ready replicas per workload, keyed by `describeWorkload`. */
export function readyCounts(
  workloads: readonly Workload[],
  pods: ReadonlyMap<string, readonly KubeObject[]>,
  victims: readonly string[]
): ReadonlyMap<string, number> {
  return new Map(
    workloads.map((w) => {
      const key = describeWorkload(w)
      const serving = (pods.get(key) ?? []).filter(
        (p) => isServing(p) && !victims.includes(p.metadata.name ?? '')
      )
      return [key, serving.length]
    })
  )
}

export function restoreObservation(
  workloads: readonly Workload[],
  ready: ReadonlyMap<string, number>,
  ctx: RestoreContext
): Look {
  const { at, killedAt, restoreTimeoutMs, victims } = ctx
  const state = workloads.map((w) => ({ w, ready: ready.get(describeWorkload(w)) ?? 0 }))
  const counts = state
    .map((s) => `${describeWorkload(s.w)} ${s.ready}/${s.w.replicas} ready`)
    .join(', ')
  const elapsed = at - killedAt
  const base = { at, affectedTargets: victims.length }
  if (workloads.length > 0 && state.every((s) => s.ready >= s.w.replicas))
    return {
      observation: {
        ...base,
        phase: 'finished',
        message: `restored ${elapsed} ms after the kill: ${counts}`,
        details: { timeToRestoreMs: String(elapsed), killed: victims.join(', ') },
        terminal: true
      }
    }
  if (elapsed >= restoreTimeoutMs)
    return {
      observation: {
        ...base,
        phase: 'failed',
        verdict: 'fail',
        message: `not restored within the restoreTimeout of ${Math.round(restoreTimeoutMs / 1000)}s: ${counts}`,
        details: { killed: victims.join(', ') },
        terminal: true
      }
    }
  return {
    observation: {
      ...base,
      phase: 'injected',
      message: `killed ${victims.join(', ')}; waiting for ${counts}`,
      terminal: false
    },
    recheckAt: killedAt + restoreTimeoutMs
  }
}
