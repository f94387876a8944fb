/**
 * Static enforcement: what the manifests alone say about namespaces, declared counts and
 * percentages, durations, kinds and actions, checked before anything is submitted. Every rule
 * yields a decision for the plan; a `deny` also yields an error at the offending field. What only
 * the live cluster can tell is marked `preflight` and checked again by enforceLive.
 */
import type { Planned } from '../manifest/adopt/adopt-object'
import { toGoDuration } from '../util/duration'
import type { Issue, SourceLocation } from '../util/errors'
import { allow, deny, type Finding } from './finding'
import { effectiveLimits } from './limits'
import { firstMatch } from './name-pattern'
import { checkNamespace } from './namespaces'
import type { Policy, PolicyDecision } from './policy'
import { checkTargets } from './target-limits'

/** The decisions for one experiment and the errors among them. */
export interface Enforcement {
  readonly decisions: readonly PolicyDecision[]
  readonly issues: readonly Issue[]
}

/** Checks one experiment against the policy. */
export function enforceStatic(planned: Planned, policy: Policy): Enforcement {
  const { experiment, sites } = planned
  const findings: Finding[] = [...checkOverride(planned, policy)]
  const limits = effectiveLimits(experiment, policy)
  for (const site of sites.length > 0 ? sites : [undefined]) {
    const location = site?.location ?? experiment.source
    // Cloud resources and physical machines are not in the namespaces their selector is read from.
    const namespaces =
      site?.targets?.resource === 'external' ? [] : (site?.targets?.namespaces ?? [])
    for (const ns of namespaces)
      findings.push(checkNamespace(ns, site?.targets?.location ?? location, policy))
    if (site?.targets) findings.push(...checkTargets(site.targets, limits, policy))
    findings.push(...checkKind(site?.kind ?? experiment.kind, location, policy))
    const action = site ? site.action : experiment.action
    if (action !== undefined)
      findings.push(...checkAction(site?.kind ?? experiment.kind, action, location, policy))
  }
  findings.push(checkDuration(planned, policy))
  const decisions = dedupe(findings.map((f) => f.decision))
  const issues = findings
    .filter((f) => f.decision.outcome === 'deny')
    .map((f): Issue => ({
      ...f.location,
      severity: 'error',
      code: `policy/${f.decision.rule}`,
      message: f.decision.message,
      ...(f.hint ? { hint: f.hint } : {})
    }))
  return { decisions, issues }
}

function checkKind(kind: string, location: SourceLocation, policy: Policy): Finding[] {
  const forbidden = firstMatch(kind, policy.forbiddenKinds)
  if (forbidden !== undefined)
    return [
      deny(
        'kind',
        `kind ${kind} is forbidden by the policy (forbiddenKinds: ${forbidden}, ${policy.origin('forbiddenKinds')})`,
        location
      )
    ]
  if (policy.allowedKinds.length > 0 && firstMatch(kind, policy.allowedKinds) === undefined) {
    return [
      deny(
        'kind',
        `kind ${kind} is not in the policy's allowedKinds (${policy.allowedKinds.join(', ')}, ${policy.origin('allowedKinds')})`,
        location
      )
    ]
  }
  return [allow('kind', `kind ${kind} allowed`, location)]
}

function checkAction(
  kind: string,
  action: string,
  location: SourceLocation,
  policy: Policy
): Finding[] {
  const names = action.split('+').flatMap((a) => [a, `${kind}/${a}`])
  const forbidden = policy.forbiddenActions.find((p) =>
    names.some((n) => firstMatch(n, [p]) !== undefined)
  )
  if (forbidden !== undefined)
    return [
      deny(
        'action',
        `action ${action} is forbidden by the policy (forbiddenActions: ${forbidden}, ${policy.origin('forbiddenActions')})`,
        location
      )
    ]
  const unlisted = action
    .split('+')
    .filter(
      (a) =>
        policy.allowedActions.length > 0 &&
        firstMatch(a, policy.allowedActions) === undefined &&
        firstMatch(`${kind}/${a}`, policy.allowedActions) === undefined
    )
  if (unlisted.length > 0)
    return [
      deny(
        'action',
        `action ${unlisted.join(', ')} is not in the policy's allowedActions (${policy.allowedActions.join(', ')})`,
        location
      )
    ]
  return [allow('action', `action ${action} allowed`, location)]
}

function checkDuration(planned: Planned, policy: Policy): Finding {
  const { experiment, sites } = planned
  const where =
    sites.find((s) => s.durationMs !== undefined)?.durationLocation ??
    planned.doc.locate(['spec', 'duration'])
  const max = policy.maxDurationMs
  const ms = experiment.durationMs
  if (ms === undefined) {
    const oneShot =
      experiment.kind === 'pod-kill' ||
      sites.every(
        (s) =>
          s.durationMs === undefined &&
          s.action !== undefined &&
          /kill|restart|reset/.test(s.action)
      )
    return allow(
      'max-duration',
      oneShot
        ? 'one-shot fault: no duration'
        : 'duration not declared: the ChaosExperiment default applies (bounded by the timeout)',
      where
    )
  }
  if (max !== undefined && ms > max) {
    return deny(
      'max-duration',
      `the fault lasts ${toGoDuration(ms)}, over the policy's maxDuration of ${toGoDuration(max)} (${policy.origin('maxDuration')})`,
      where,
      'Shorten the duration, or raise maxDuration in the policy.'
    )
  }
  return allow(
    'max-duration',
    `duration ${toGoDuration(ms)} within ${max === undefined ? 'no limit' : toGoDuration(max)}`,
    where
  )
}

/** Per-experiment overrides may only tighten the policy. */
function checkOverride(planned: Planned, policy: Policy): Finding[] {
  const { experiment } = planned
  const o = experiment.blastRadius
  if (!o) return []
  const found: Finding[] = []
  if (
    o.maxTargets !== undefined &&
    policy.maxTargets !== undefined &&
    o.maxTargets > policy.maxTargets
  ) {
    found.push(
      deny(
        'override',
        `blastRadius.maxTargets ${o.maxTargets} would loosen the policy's ${policy.maxTargets}; an experiment may only tighten it`,
        planned.doc.locate(['spec', 'blastRadius', 'maxTargets'])
      )
    )
  }
  if (
    o.maxPercentage !== undefined &&
    policy.maxPercentage !== undefined &&
    o.maxPercentage > policy.maxPercentage
  ) {
    found.push(
      deny(
        'override',
        `blastRadius.maxPercentage ${o.maxPercentage}% would loosen the policy's ${policy.maxPercentage}%; an experiment may only tighten it`,
        planned.doc.locate(['spec', 'blastRadius', 'maxPercentage'])
      )
    )
  }
  return found
}

function dedupe(decisions: readonly PolicyDecision[]): PolicyDecision[] {
  const seen = new Set<string>()
  return decisions.filter((d) => {
    const key = `${d.rule}|${d.outcome}|${d.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
