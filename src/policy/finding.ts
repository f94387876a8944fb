/**
 * A policy finding: a decision for the plan, and where to report it when it denies.
 */
import type { SourceLocation } from '../util/errors'
import type { PolicyDecision } from './policy'

/** A decision, and where to report it when it denies. */
export interface Finding {
  readonly decision: PolicyDecision
  readonly location: SourceLocation
  readonly hint?: string
}

/** A finding that allows. */
export function allow(
  rule: PolicyDecision['rule'],
  message: string,
  location: SourceLocation
): Finding {
  return { decision: { rule, outcome: 'allow', message }, location }
}

/** A finding that denies, with an optional fix. */
export function deny(
  rule: PolicyDecision['rule'],
  message: string,
  location: SourceLocation,
  hint?: string
): Finding {
  return { decision: { rule, outcome: 'deny', message }, location, ...(hint ? { hint } : {}) }
}

/** A finding only the live cluster can settle. */
export function preflight(
  rule: PolicyDecision['rule'],
  message: string,
  location: SourceLocation
): Finding {
  return { decision: { rule, outcome: 'preflight', message }, location }
}
