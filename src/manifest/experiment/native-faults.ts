/**
 * The faults the gate injects itself: `httpProxy` (local backend, an HTTP fault proxy) and
 * `podKill` (kubernetes backend, the Chaos Monkey fault). Parsed by the Experiment schema; this
 * file turns them into the model.
 */
import type { SourceLocation } from '../../util/errors'
import type { FaultSite } from '../adopt/adopt'
import { formatLabelSelector, labelSelectorProblem } from '../adopt/label-selector'
import type { PodKillSpec, ProxyFaultSpec, TargetDeclaration } from '../model'
import type { HttpProxyInput, PodKillInput } from './experiment-schema'
import { durationMs, toPercent } from './schema-primitives'

/** The model of an `httpProxy` fault, and the action it performs (`latency`, `error+reset`, ...). */
export function toProxyFault(input: HttpProxyInput): { spec: ProxyFaultSpec; action: string } {
  const { latency, error, reset, bandwidth } = input
  const spec: ProxyFaultSpec = {
    upstream: input.upstream,
    listen: input.listen,
    paths: input.paths,
    ...(latency
      ? {
          latency: {
            fixedMs: durationMs(latency.fixed),
            jitterMs: durationMs(latency.jitter),
            percent: toPercent(latency.percent)
          }
        }
      : {}),
    ...(error
      ? { error: { status: error.status, percent: toPercent(error.percent), body: error.body } }
      : {}),
    ...(reset ? { reset: { percent: toPercent(reset.percent) } } : {}),
    ...(bandwidth ? { bandwidth: { bytesPerSecond: bandwidth.bytesPerSecond } } : {})
  }
  const action = (['latency', 'error', 'reset', 'bandwidth'] as const)
    .filter((k) => input[k] !== undefined)
    .join('+')
  return { spec, action }
}

/** The model of a `podKill` fault, or why its selector is unusable. */
export function toPodKill(
  input: PodKillInput,
  namespace: string
): { spec: PodKillSpec } | { problem: string } {
  const selector =
    typeof input.selector === 'string'
      ? input.selector.trim()
      : formatLabelSelector(input.selector.matchLabels ?? {}, input.selector.matchExpressions ?? [])
  if (selector === '')
    return {
      problem:
        'the selector selects every pod in the namespace; name the pods with matchLabels or a label selector'
    }
  const problem = labelSelectorProblem(selector)
  if (problem) return { problem: `the selector is not a label selector: ${problem}` }
  return {
    spec: {
      namespace,
      labelSelector: selector,
      count: input.count,
      gracePeriodSeconds: input.gracePeriodSeconds,
      restoreTimeoutMs: durationMs(input.restoreTimeout)
    }
  }
}

/** The single fault site of a pod-kill. */
export function podKillSite(spec: PodKillSpec, location: SourceLocation): FaultSite {
  const targets: TargetDeclaration = {
    resource: 'pod',
    namespaces: [spec.namespace],
    labelSelector: spec.labelSelector,
    mode: { kind: 'count', count: spec.count },
    location
  }
  return { kind: 'pod-kill', action: 'pod-kill', targets, location, durationLocation: location }
}
