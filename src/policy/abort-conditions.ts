/**
 * The policy's autoAbort conditions, read into abort guards. `metric` names a probe metric (the
 * practice's `error_rate` and `p99_latency`, in milliseconds, are accepted as aliases); `query`
 * is PromQL; `threshold` is the highest acceptable value.
 */
import { durationMs } from '../manifest/experiment/schema-primitives'
import { checkTemplates } from '../manifest/experiment/steady-state/steady-state-check'
import type { DocPath, Locate } from '../manifest/model'
import { PROBE_METRICS, type ProbeMetric } from '../manifest/steady-state-model'
import type { Issue } from '../util/errors'
import type { AbortCondition } from './policy'
import type { ConditionInput, Layer } from './policy-schema'

/** Names from the practice's blast-radius-config.yaml, mapped to probe metrics. */
export const METRIC_ALIASES: Readonly<Record<string, ProbeMetric>> = {
  error_rate: 'errorRatio',
  p99_latency: 'latencyP99',
  p95_latency: 'latencyP95',
  p50_latency: 'latencyP50',
  availability: 'availability'
}

/** The conditions of the last layer that sets autoAbort. */
export function toConditions(
  layers: readonly Layer[],
  locate: Locate
): { conditions: AbortCondition[]; issues: Issue[] } {
  const layer = [...layers].reverse().find((l) => l.limits.autoAbort !== undefined)
  const autoAbort = layer?.limits.autoAbort
  if (!layer || !autoAbort || !autoAbort.enabled) return { conditions: [], issues: [] }
  const issues: Issue[] = []
  const conditions = autoAbort.conditions.flatMap((c, i) => {
    const read = toCondition(c, [...layer.path, 'autoAbort', 'conditions', i], locate)
    issues.push(...read.issues)
    return read.condition ? [read.condition] : []
  })
  return { conditions, issues }
}

function toCondition(
  c: ConditionInput,
  path: DocPath,
  locate: Locate
): { condition?: AbortCondition; issues: Issue[] } {
  const problem = (message: string, hint?: string): Issue => ({
    ...locate(path),
    severity: 'error',
    code: 'policy/condition',
    message,
    ...(hint ? { hint } : {})
  })
  if ((c.metric === undefined) === (c.query === undefined))
    return { issues: [problem('an autoAbort condition needs exactly one of metric or query')] }
  const base = { threshold: c.threshold, windowMs: durationMs(c.window), location: locate(path) }
  if (c.query !== undefined) {
    const issues: Issue[] = []
    checkTemplates(c.query, [], (_p, code, message, hint) =>
      issues.push({
        ...locate([...path, 'query']),
        severity: 'error',
        code,
        message,
        ...(hint ? { hint } : {})
      })
    )
    return { condition: { ...base, label: c.query, source: 'prometheus', query: c.query }, issues }
  }
  const metric = c.metric ?? ''
  const probe = PROBE_METRICS.find((m) => m === metric) ?? METRIC_ALIASES[metric]
  if (!probe) {
    const hint = `Use a probe metric (${PROBE_METRICS.join(', ')}), an alias (${Object.keys(METRIC_ALIASES).join(', ')}), or query: with PromQL.`
    return { issues: [problem(`unknown metric '${metric}'`, hint)] }
  }
  return { condition: { ...base, label: metric, source: 'probe', query: probe }, issues: [] }
}
