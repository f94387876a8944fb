/**
 * Adds the policy's autoAbort conditions to every experiment as steady-state checks gated in the
 * `during` phase. An experiment that cannot measure a condition (no probe for a metric, no
 * Prometheus for a query) is an error: an abort guard that cannot measure is not a guard.
 */
import {
  NO_PROMETHEUS,
  SET_PROMETHEUS_HINT
} from '../manifest/experiment/steady-state/no-prometheus'
import type { Experiment, Locate } from '../manifest/model'
import type { CheckSpec, PrometheusEndpoint, SteadyStateSpec } from '../manifest/steady-state-model'
import type { Issue } from '../util/errors'
import type { AbortCondition, Policy } from './policy'

/** Steady state for experiments that declare none: the documented defaults, no checks. */
const EMPTY_STEADY_STATE: SteadyStateSpec = {
  checks: [],
  intervalMs: 15_000,
  minSamples: 2,
  before: { samples: 3, spacingMs: 20_000 },
  during: { abortOnFail: true },
  after: { settleMs: 30_000, timeoutMs: 300_000 },
  verdict: { inconclusive: 'fail', warn: 'pass' }
}

/** The experiment with the policy's guards appended, and any guard it cannot measure. */
export function applyAutoAbort(
  exp: Experiment,
  policy: Policy,
  prometheus?: PrometheusEndpoint,
  locate: Locate = exp.locate
): { experiment: Experiment; issues: Issue[] } {
  if (policy.autoAbort.length === 0) return { experiment: exp, issues: [] }
  const base = exp.steadyState ?? { ...EMPTY_STEADY_STATE, ...(prometheus ? { prometheus } : {}) }
  const issues: Issue[] = []
  if (!base.during.abortOnFail) {
    issues.push({
      ...locate(['spec', 'steadyState', 'phases', 'during', 'abortOnFail']),
      severity: 'error',
      code: 'policy/auto-abort',
      message: `'${exp.name}' turns abortOnFail off, but the policy requires aborting on its autoAbort conditions`,
      hint: 'Remove abortOnFail: false.'
    })
  }
  const names = new Set(base.checks.map((c) => c.name))
  const guards = policy.autoAbort.flatMap((condition) => {
    const missing = unmeasurable(condition, base)
    if (missing) {
      issues.push({
        ...exp.source,
        severity: 'error',
        code: 'policy/auto-abort',
        message: `'${exp.name}' cannot measure the policy's autoAbort condition '${condition.label}' (${condition.location.file}:${condition.location.line}): ${missing}`,
        hint:
          condition.source === 'probe'
            ? 'Add steadyState.probe to the experiment, or write the condition as a query.'
            : SET_PROMETHEUS_HINT
      })
      return []
    }
    return [toCheck(condition, uniqueName(`auto-abort-${slug(condition.label)}`, names))]
  })
  const steadyState: SteadyStateSpec = { ...base, checks: [...base.checks, ...guards] }
  return { experiment: { ...exp, steadyState }, issues }
}

function unmeasurable(c: AbortCondition, s: SteadyStateSpec): string | undefined {
  if (c.source === 'probe' && !s.probe)
    return 'it has no steadyState.probe to compute the metric from'
  if (c.source === 'prometheus' && !s.prometheus) return NO_PROMETHEUS
  return undefined
}

function toCheck(c: AbortCondition, name: string): CheckSpec {
  return {
    name,
    source: c.source,
    query: c.query,
    threshold: { max: c.threshold },
    phases: ['during'],
    breaches: 1,
    of: 1,
    errorLimit: 3,
    noData: 'inconclusive',
    series: 'each',
    dryRun: false,
    windowMs: c.windowMs,
    location: c.location
  }
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'condition'
  )
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name
  for (let i = 2; taken.has(candidate); i++) candidate = `${name}-${i}`
  taken.add(candidate)
  return candidate
}
