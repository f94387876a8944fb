/**
 * The `plan --json` document (schemaVersion 1, documented in docs/cli.md). Stable: fields are
 * added, never renamed or removed, without a new schemaVersion. Durations are Go-style strings
 * plus milliseconds; secrets (Prometheus headers) never appear.
 */
import type { TargetDeclaration } from '../../manifest/model'
import type { CheckSpec } from '../../manifest/steady-state-model'
import type { Inspection, PlannedExperiment } from '../../policy/load-experiments'
import type { Policy, PolicyDecision } from '../../policy/policy'
import { countIssues } from '../../report/issue-output'
import { toGoDuration } from '../../util/duration'
import type { Issue, SourceLocation } from '../../util/errors'

export const PLAN_SCHEMA_VERSION = 1

/** The whole document. */
export interface PlanJson {
  readonly schemaVersion: typeof PLAN_SCHEMA_VERSION
  readonly valid: boolean
  readonly environment: string
  readonly policy: PolicyJson
  readonly experiments: readonly ExperimentJson[]
  readonly issues: readonly Issue[]
  readonly summary: {
    readonly files: number
    readonly experiments: number
    readonly runnable: number
    readonly errors: number
    readonly warnings: number
    readonly notices: number
  }
}

interface PolicyJson {
  readonly source: string
  readonly maxTargets: number | null
  readonly maxPercentage: number | null
  readonly maxDuration: string | null
  readonly allowedNamespaces: readonly string[]
  readonly blockedNamespaces: readonly string[]
  readonly allowedKinds: readonly string[]
  readonly forbiddenKinds: readonly string[]
  readonly allowedActions: readonly string[]
  readonly forbiddenActions: readonly string[]
  readonly autoAbort: readonly {
    label: string
    source: string
    query: string
    threshold: number
    window: string
  }[]
}

interface ExperimentJson {
  readonly name: string
  readonly source: SourceLocation
  readonly runnable: boolean
  readonly backend: string
  readonly kind: string
  readonly action: string | null
  readonly namespace: string | null
  readonly targets: TargetDeclaration | null
  readonly duration: string | null
  readonly durationMs: number | null
  readonly timeout: string | null
  readonly expect: 'pass' | 'fail'
  readonly hypothesis: string | null
  readonly checks: readonly CheckJson[]
  readonly policy: readonly PolicyDecision[]
}

type CheckJson = Omit<CheckSpec, 'windowMs' | 'location'> & {
  readonly window: string
  readonly location: SourceLocation
}

/** Builds the document from an inspection. */
export function planToJson(inspection: Inspection): PlanJson {
  const counts = countIssues(inspection.issues)
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    valid: counts.errors === 0,
    environment: inspection.policy.environment,
    policy: policyJson(inspection.policy),
    experiments: inspection.plans.map(experimentJson),
    issues: inspection.issues,
    summary: {
      files: inspection.files,
      experiments: inspection.plans.length,
      runnable: inspection.plans.filter((p) => p.runnable).length,
      ...counts
    }
  }
}

function policyJson(p: Policy): PolicyJson {
  return {
    source: p.source,
    maxTargets: p.maxTargets ?? null,
    maxPercentage: p.maxPercentage ?? null,
    maxDuration: p.maxDurationMs === undefined ? null : toGoDuration(p.maxDurationMs),
    allowedNamespaces: p.allowedNamespaces,
    blockedNamespaces: p.blockedNamespaces,
    allowedKinds: p.allowedKinds,
    forbiddenKinds: p.forbiddenKinds,
    allowedActions: p.allowedActions,
    forbiddenActions: p.forbiddenActions,
    autoAbort: p.autoAbort.map((c) => ({
      label: c.label,
      source: c.source,
      query: c.query,
      threshold: c.threshold,
      window: toGoDuration(c.windowMs)
    }))
  }
}

function experimentJson({ experiment: e, decisions, runnable }: PlannedExperiment): ExperimentJson {
  return {
    name: e.name,
    source: e.source,
    runnable,
    backend: e.backend,
    kind: e.kind,
    action: e.action ?? null,
    namespace: e.namespace ?? null,
    targets: e.targets ?? null,
    duration: e.durationMs === undefined ? null : toGoDuration(e.durationMs),
    durationMs: e.durationMs ?? null,
    timeout: e.timeoutMs === undefined ? null : toGoDuration(e.timeoutMs),
    expect: e.expect,
    hypothesis: e.hypothesis ?? null,
    checks: (e.steadyState?.checks ?? []).map(checkJson),
    policy: decisions
  }
}

function checkJson(c: CheckSpec): CheckJson {
  const { windowMs, location, ...rest } = c
  return {
    ...rest,
    window: toGoDuration(windowMs),
    location: { file: location.file, line: location.line, col: location.col }
  }
}
