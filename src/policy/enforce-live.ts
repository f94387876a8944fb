/**
 * Live enforcement, called by the Kubernetes preflight once it has counted what a selector really
 * matches: the targets the fault would hit now against maxTargets, and their share of all
 * candidates against maxPercentage. Pure: the caller does the counting.
 */
import type { Experiment } from '../manifest/model'
import type { Issue } from '../util/errors'
import { effectiveLimits } from './limits'
import type { Policy } from './policy'

/** What preflight counted. */
export interface LiveCounts {
  /** Targets the fault would hit now (after mode/value). */
  readonly targets: number
  /** Every candidate the selector matched, for percentage limits. */
  readonly candidates: number
}

/** The policy violations the live counts reveal; empty when the experiment may run. */
export function enforceLive(exp: Experiment, policy: Policy, counts: LiveCounts): Issue[] {
  const resource = exp.targets?.resource ?? 'pod'
  if (resource !== 'pod' && resource !== 'node') return []
  const where = exp.targets?.location ?? exp.source
  const { maxTargets, maxPercentage } = effectiveLimits(exp, policy)
  const issues: Issue[] = []
  const what = `${resource}${counts.targets === 1 ? '' : 's'}`
  if (maxTargets !== undefined && counts.targets > maxTargets) {
    issues.push({
      ...where,
      severity: 'error',
      code: 'policy/max-targets',
      message: `'${exp.name}' would hit ${counts.targets} ${what} now, over the limit of ${maxTargets} (maxTargets)`,
      hint: 'Narrow the selector or the mode, or raise maxTargets in the policy.'
    })
  }
  if (maxPercentage !== undefined && counts.candidates > 0) {
    const share = (counts.targets / counts.candidates) * 100
    if (share > maxPercentage) {
      issues.push({
        ...where,
        severity: 'error',
        code: 'policy/max-percentage',
        message: `'${exp.name}' would hit ${counts.targets} of ${counts.candidates} matching ${resource}s (${formatShare(share)}), over the limit of ${maxPercentage}% (maxPercentage)`,
        hint: 'Target fewer, scale the workload up, or raise maxPercentage in the policy.'
      })
    }
  }
  return issues
}

function formatShare(share: number): string {
  return `${Number.isInteger(share) ? share : share.toFixed(1)}%`
}
