/**
 * Declared target counts and percentages against maxTargets and maxPercentage. A count can be
 * checked against maxTargets statically, a percentage against maxPercentage; the other pairing
 * needs the live number of candidates, so it is left to preflight (enforceLive).
 */
import type { TargetDeclaration } from '../manifest/model'
import { allow, deny, type Finding, preflight } from './finding'
import type { Limits } from './limits'
import type { Policy } from './policy'

/** Decisions for one declaration of targets. */
export function checkTargets(
  targets: TargetDeclaration,
  limits: Limits,
  policy: Policy
): Finding[] {
  const resource = targets.resource ?? 'pod'
  if (resource !== 'pod' && resource !== 'node') return []
  const at = targets.location
  const what = `${resource}s`
  const { mode } = targets
  const { maxTargets, maxPercentage } = limits
  const found: Finding[] = []
  if (mode.kind === 'count') {
    if (maxTargets !== undefined && mode.count > maxTargets) {
      found.push(
        deny(
          'max-targets',
          `the fault targets ${mode.count} ${what}, over the limit of ${maxTargets} (maxTargets, ${origin(policy, limits, 'maxTargets')})`,
          at,
          'Target fewer, or raise maxTargets in the policy.'
        )
      )
    } else
      found.push(
        allow(
          'max-targets',
          `${mode.count} ${mode.count === 1 ? resource : what} ≤ maxTargets ${maxTargets ?? '∞'}`,
          at
        )
      )
    if (maxPercentage !== undefined)
      found.push(
        preflight(
          'max-percentage',
          `${mode.count} ${mode.count === 1 ? resource : what} vs maxPercentage ${maxPercentage}% of the matching ${what}: counted in preflight`,
          at
        )
      )
  } else if (mode.kind === 'percent' || mode.kind === 'max-percent' || mode.kind === 'all') {
    const percent = mode.kind === 'all' ? 100 : mode.percent
    const label =
      mode.kind === 'all'
        ? 'all (100%) of the matching'
        : `${mode.kind === 'max-percent' ? 'up to ' : ''}${percent}% of the matching`
    if (maxPercentage !== undefined && percent > maxPercentage) {
      found.push(
        deny(
          'max-percentage',
          `the fault targets ${label} ${what}, over the limit of ${maxPercentage}% (maxPercentage, ${origin(policy, limits, 'maxPercentage')})`,
          at,
          'Use mode: one or fixed, or a smaller percentage.'
        )
      )
    } else
      found.push(
        allow('max-percentage', `${label} ${what} ≤ maxPercentage ${maxPercentage ?? 100}%`, at)
      )
    if (maxTargets !== undefined)
      found.push(
        preflight(
          'max-targets',
          `${label} ${what} vs maxTargets ${maxTargets}: counted in preflight`,
          at
        )
      )
  } else {
    found.push(
      preflight(
        'max-targets',
        `the manifest does not say how many ${what} the fault hits: counted in preflight`,
        at
      )
    )
  }
  return found
}

function origin(policy: Policy, limits: Limits, field: 'maxTargets' | 'maxPercentage'): string {
  return limits[field] !== policy[field] ? "the experiment's blastRadius" : policy.origin(field)
}
