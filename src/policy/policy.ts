/**
 * The effective blast-radius policy for one run: defaults, the policy file and the environment
 * profile merged, with where each limit was written so a violation can point at it.
 */
import type { SourceLocation } from '../util/errors'

/** One autoAbort condition, ready to become a steady-state check. */
export interface AbortCondition {
  /** As written in the policy: `error_rate`, `latencyP99`, or the query. */
  readonly label: string
  readonly source: 'probe' | 'prometheus'
  /** A probe metric or PromQL. */
  readonly query: string
  /** Abort when the value goes above this. */
  readonly threshold: number
  readonly windowMs: number
  readonly location: SourceLocation
}

/** The policy a run enforces. */
export interface Policy {
  /** `built-in defaults`, a file path, or `policy input`. */
  readonly source: string
  readonly environment: string
  readonly maxTargets?: number
  /** 0–100. */
  readonly maxPercentage?: number
  readonly maxDurationMs?: number
  /** Empty means any namespace that is not blocked. */
  readonly allowedNamespaces: readonly string[]
  /** Protected defaults plus the policy's own; exact entries in allowedNamespaces lift a block. */
  readonly blockedNamespaces: readonly string[]
  readonly allowedKinds: readonly string[]
  readonly forbiddenKinds: readonly string[]
  readonly allowedActions: readonly string[]
  readonly forbiddenActions: readonly string[]
  readonly autoAbort: readonly AbortCondition[]
  /** Where a field was set (`policy.yaml:4:3` or `built-in defaults`), for violation messages. */
  readonly origin: (field: PolicyField) => string
}

/** The fields a policy layer may set. */
export type PolicyField =
  | 'maxTargets'
  | 'maxPercentage'
  | 'maxDuration'
  | 'allowedNamespaces'
  | 'blockedNamespaces'
  | 'allowedKinds'
  | 'forbiddenKinds'
  | 'allowedActions'
  | 'forbiddenActions'
  | 'autoAbort'

/** What the policy said about one rule for one experiment. */
export interface PolicyDecision {
  readonly rule:
    | 'namespace'
    | 'max-targets'
    | 'max-percentage'
    | 'max-duration'
    | 'kind'
    | 'action'
    | 'override'
    | 'auto-abort'
  /** `preflight`: only the live cluster can tell (for example a count against a percentage). */
  readonly outcome: 'allow' | 'deny' | 'preflight'
  readonly message: string
}
