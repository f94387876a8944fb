/**
 * Declared target counts and percentages (of pods, nodes, cloud resources, Gremlin hosts and
 * containers) against maxTargets and maxPercentage. A count can be checked against maxTargets
 * statically, a percentage against maxPercentage; the other pairing needs the live number of
 * candidates, so it is left to preflight (enforceLive) where one can count them.
 */
import type { TargetDeclaration } from '../manifest/model'
import { allow, deny, type Finding, preflight } from './finding'
import type { Limits } from './limits'
import type { Policy } from './policy'

/** What the checks below need to know about one declaration. */
interface Context {
  readonly targets: TargetDeclaration
  readonly limits: Limits
  readonly policy: Policy
  /** `pod`, `node`, `host`, `container` or `resource` (a cloud resource). */
  readonly resource: string
}

/** Targets the backend resolves only when the fault starts, so no preflight counts candidates. */
const RESOLVED_AT_START: ReadonlySet<string> = new Set(['resource', 'host', 'container'])

const COUNTED: ReadonlySet<string> = new Set(['pod', 'node', 'cloud', 'host', 'container'])

/** Decisions for one declaration of targets. Traffic and outside resources are not counted. */
export function checkTargets(
  targets: TargetDeclaration,
  limits: Limits,
  policy: Policy
): Finding[] {
  const declared = targets.resource ?? 'pod'
  if (!COUNTED.has(declared)) return []
  const resource = declared === 'cloud' ? 'resource' : declared
  const ctx: Context = { targets, limits, policy, resource }
  const { mode } = targets
  if (mode.kind === 'count') return checkCount(ctx, mode.count)
  if (mode.kind === 'all') return checkShare(ctx, 100, 'all (100%) of the matching')
  if (mode.kind === 'percent')
    return checkShare(ctx, mode.percent, `${mode.percent}% of the matching`)
  if (mode.kind === 'max-percent')
    return checkShare(ctx, mode.percent, `up to ${mode.percent}% of the matching`)
  return [
    preflight(
      'max-targets',
      `the manifest does not say how many ${resource}s the fault hits: counted in preflight`,
      targets.location
    )
  ]
}

function checkCount({ targets, limits, policy, resource }: Context, count: number): Finding[] {
  const at = targets.location
  const what = count === 1 ? resource : `${resource}s`
  const { maxTargets, maxPercentage } = limits
  const found: Finding[] = []
  if (maxTargets !== undefined && count > maxTargets) {
    const origin = originOf(policy, limits, 'maxTargets')
    found.push(
      deny(
        'max-targets',
        `the fault targets ${count} ${what}, over the limit of ${maxTargets} (maxTargets, ${origin})`,
        at,
        'Target fewer, or raise maxTargets in the policy.'
      )
    )
  } else {
    found.push(allow('max-targets', `${count} ${what} ≤ maxTargets ${maxTargets ?? '∞'}`, at))
  }
  // No preflight can count the candidates of a cloud target (FIS resolves them at start), nor of
  // a Gremlin target (Gremlin picks among its active clients when the attack starts).
  if (maxPercentage !== undefined && !RESOLVED_AT_START.has(resource)) {
    found.push(
      preflight(
        'max-percentage',
        `${count} ${what} vs maxPercentage ${maxPercentage}% of the matching ${resource}s: counted in preflight`,
        at
      )
    )
  }
  return found
}

function checkShare(
  { targets, limits, policy, resource }: Context,
  percent: number,
  label: string
): Finding[] {
  const at = targets.location
  const { maxTargets, maxPercentage } = limits
  const found: Finding[] = []
  if (maxPercentage !== undefined && percent > maxPercentage) {
    const origin = originOf(policy, limits, 'maxPercentage')
    found.push(
      deny(
        'max-percentage',
        `the fault targets ${label} ${resource}s, over the limit of ${maxPercentage}% (maxPercentage, ${origin})`,
        at,
        resource === 'host' || resource === 'container'
          ? 'Use target.count, or a smaller target.percent.'
          : 'Use mode: one or fixed, or a smaller percentage.'
      )
    )
  } else {
    found.push(
      allow('max-percentage', `${label} ${resource}s ≤ maxPercentage ${maxPercentage ?? 100}%`, at)
    )
  }
  if (maxTargets !== undefined) {
    found.push(
      preflight(
        'max-targets',
        `${label} ${resource}s vs maxTargets ${maxTargets}: counted in preflight`,
        at
      )
    )
  }
  return found
}

function originOf(policy: Policy, limits: Limits, field: 'maxTargets' | 'maxPercentage'): string {
  return limits[field] !== policy[field] ? "the experiment's blastRadius" : policy.origin(field)
}
