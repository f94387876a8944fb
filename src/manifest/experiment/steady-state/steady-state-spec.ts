/**
 * Turns a parsed `steadyState:` block into the SteadyStateSpec the engine runs, every default
 * applied, and reports what the schema alone cannot: a check's source, rules that can never fail,
 * sources with nowhere to measure, and unknown {{placeholders}}.
 */
import type { Issue } from '../../../util/errors'
import type { DocPath, Locate } from '../../model'
import type { CheckSpec, PrometheusEndpoint, SteadyStateSpec } from '../../steady-state-model'
import { durationMs } from '../schema-primitives'
import { NO_PROMETHEUS, SET_PROMETHEUS_HINT } from './no-prometheus'
import { toCheck } from './steady-state-check'
import type { SteadyStateInput } from './steady-state-schema'
import {
  toCloudWatchEndpoint,
  toDatadog,
  toEndpoint,
  toLoad,
  toProbe
} from './steady-state-sources'

/** What the block is read against. */
export interface SteadyStateContext {
  readonly locate: Locate
  /** Where the block is written: ['spec', 'steadyState']. */
  readonly base: DocPath
  /** The prometheus-url setting, used when the block names no Prometheus. */
  readonly prometheus?: PrometheusEndpoint
  /** True when the fault is the local proxy, so probe URLs may be paths on it. */
  readonly localProxy: boolean
  /** The Experiment's namespace (or the namespace setting), for kubernetes checks. */
  readonly namespace?: string
}

/** The model of the block, and the problems found. */
export function toSteadyStateSpec(
  input: SteadyStateInput,
  ctx: SteadyStateContext
): { spec: SteadyStateSpec; issues: Issue[] } {
  const issues: Issue[] = []
  const add = (path: DocPath, code: string, message: string, hint?: string): void => {
    issues.push({
      ...ctx.locate([...ctx.base, ...path]),
      severity: 'error',
      code,
      message,
      ...(hint ? { hint } : {})
    })
  }
  const prometheus = input.prometheus ? toEndpoint(input.prometheus, add) : ctx.prometheus
  const probe = input.probe ? toProbe(input.probe, ctx.localProxy, add) : undefined
  const load = input.load ? toLoad(input.load, add) : undefined
  const datadog = input.datadog ? toDatadog(input.datadog, add) : undefined
  const cloudwatch = input.cloudwatch ? toCloudWatchEndpoint(input.cloudwatch, add) : undefined
  const seen = new Set<string>()
  const checks: CheckSpec[] = []
  input.checks.forEach((check, i) => {
    if (seen.has(check.name))
      add(
        ['checks', i, 'name'],
        'steady-state/duplicate',
        `check name '${check.name}' is used twice`
      )
    seen.add(check.name)
    const spec = toCheck(check, input, ctx.locate([...ctx.base, 'checks', i]), (p, c, m, h) =>
      add(['checks', i, ...p], c, m, h)
    )
    if (!spec) return
    if (spec.source === 'prometheus' && !prometheus) {
      add(
        ['checks', i],
        'steady-state/no-prometheus',
        `check '${check.name}' queries Prometheus, but ${NO_PROMETHEUS}`,
        SET_PROMETHEUS_HINT
      )
    }
    if (spec.source === 'datadog' && !datadog) {
      add(
        ['checks', i],
        'steady-state/no-datadog',
        `check '${check.name}' queries Datadog, but steadyState.datadog is not set`,
        'Add steadyState.datadog: {site: datadoghq.com, apiKey: ${DD_API_KEY}, appKey: ${DD_APP_KEY}}.'
      )
    }
    if (spec.source === 'cloudwatch' && !cloudwatch) {
      add(
        ['checks', i],
        'steady-state/no-cloudwatch',
        `check '${check.name}' queries CloudWatch, but steadyState.cloudwatch is not set`,
        'Add steadyState.cloudwatch: {region: eu-west-1}; credentials come from the AWS SDK default chain.'
      )
    }
    if (spec.source === 'probe' && !probe) {
      add(
        ['checks', i],
        'steady-state/no-probe',
        `check '${check.name}' reads the probe metric '${spec.query}', but steadyState.probe is not set`,
        'Add steadyState.probe: {url: <an endpoint of the service>}.'
      )
    }
    checks.push(spec)
  })
  const d = input.defaults
  const spec: SteadyStateSpec = {
    checks,
    intervalMs: durationMs(d.interval),
    minSamples: d.minSamples,
    before: {
      samples: input.phases.before.samples,
      spacingMs: durationMs(input.phases.before.spacing)
    },
    during: { abortOnFail: input.phases.during.abortOnFail },
    after: {
      settleMs: durationMs(input.phases.after.settle),
      timeoutMs: durationMs(input.phases.after.timeout)
    },
    verdict: input.verdict,
    ...(probe ? { probe } : {}),
    ...(load ? { load } : {}),
    ...(datadog ? { datadog } : {}),
    ...(cloudwatch && { cloudwatch }),
    ...(prometheus ? { prometheus } : {}),
    ...(ctx.namespace !== undefined && { namespace: ctx.namespace })
  }
  return { spec, issues }
}
