/**
 * The limits that apply to one experiment: the policy's, tightened by the experiment's own
 * blastRadius overrides (which can never loosen them).
 */
import type { Experiment } from '../manifest/model'
import type { Policy } from './policy'

/** Target limits for one experiment. */
export interface Limits {
  readonly maxTargets?: number
  /** 0–100. */
  readonly maxPercentage?: number
}

/** The tighter of the policy's and the experiment's limits. */
export function effectiveLimits(experiment: Experiment, policy: Policy): Limits {
  const o = experiment.blastRadius
  const maxTargets = min(policy.maxTargets, o?.maxTargets)
  const maxPercentage = min(policy.maxPercentage, o?.maxPercentage)
  return {
    ...(maxTargets === undefined ? {} : { maxTargets }),
    ...(maxPercentage === undefined ? {} : { maxPercentage })
  }
}

function min(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return Math.min(a, b)
}
