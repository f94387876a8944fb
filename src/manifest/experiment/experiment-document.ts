/**
 * Builds an Experiment from a chaos-gate.dev/v1alpha1 Experiment document: interpolate ${VAR}s,
 * validate against the schema, resolve the one fault (inline, faultRef, httpProxy or podKill), and
 * read the steady-state block.
 */
import type { Issue, SourceLocation } from '../../util/errors'
import type { Planned } from '../adopt/adopt-object'
import type { DocPath, Experiment } from '../model'
import type { SourceDocument } from '../read/yaml-documents'
import type { ExperimentContext } from './experiment-context'
import { readFault } from './experiment-fault'
import { experimentSchema, FAULT_KEYS } from './experiment-schema'
import { interpolate } from './interpolate'
import { parseWithSchema } from './schema-issues'
import { durationMs, toPercent } from './schema-primitives'
import { toSteadyStateSpec } from './steady-state/steady-state-spec'

/** Reads one Experiment document. */
export function plannedFromExperiment(
  doc: SourceDocument,
  ctx: ExperimentContext
): { planned?: Planned; issues: readonly Issue[] } {
  const expanded = interpolate(doc.value, ctx.env, doc.locate)
  const parsed = parseWithSchema(experimentSchema, expanded.value, doc.locate)
  // A value whose ${VAR} could not be expanded fails the schema too; report the cause only.
  const unexpanded = new Set(expanded.issues.map((i) => `${i.line}:${i.col}`))
  const issues: Issue[] = [
    ...expanded.issues,
    ...parsed.issues.filter((i) => !unexpanded.has(`${i.line}:${i.col}`))
  ]
  const input = parsed.data
  if (!input || issues.length > 0) return { issues }
  const at = (path: DocPath): SourceLocation => doc.locate(path)
  const present = FAULT_KEYS.filter((k) => input.spec[k] !== undefined)
  if (present.length !== 1) {
    const message =
      present.length === 0
        ? 'spec names no fault'
        : `spec names ${present.length} faults (${present.join(', ')})`
    return {
      issues: [
        {
          ...at(['spec']),
          severity: 'error',
          code: 'experiment/fault',
          message,
          expected: `exactly one of ${FAULT_KEYS.join(', ')}`
        }
      ]
    }
  }
  const part = readFault(doc, input, ctx, issues)
  if (!part) return { issues }
  const backend = input.spec.backend
  if (backend !== undefined && backend !== part.backend) {
    issues.push({
      ...at(['spec', 'backend']),
      severity: 'error',
      code: 'backend/mismatch',
      message: `spec.backend is '${backend}', but a ${part.kind} fault runs on the '${part.backend}' backend`,
      hint: 'Leave spec.backend out; it is inferred from the fault.'
    })
  }
  const timeoutMs = input.spec.timeout === undefined ? undefined : durationMs(input.spec.timeout)
  if (timeoutMs !== undefined && part.durationMs !== undefined && timeoutMs <= part.durationMs) {
    issues.push({
      ...at(['spec', 'timeout']),
      severity: 'error',
      code: 'experiment/timeout',
      message: `spec.timeout (${input.spec.timeout}) must be longer than the fault's duration`,
      hint: 'The timeout bounds the whole experiment: before, during and after the fault.'
    })
  }
  // Where kubernetes checks look by default: the document's namespace, else the setting.
  const checksNamespace = input.metadata.namespace ?? ctx.namespace
  const steady = input.spec.steadyState
    ? toSteadyStateSpec(input.spec.steadyState, {
        locate: doc.locate,
        base: ['spec', 'steadyState'],
        // Both put a proxy in front of the service: a probe's '/path' goes through it.
        localProxy: part.fault.kind === 'http-proxy' || part.fault.kind === 'toxiproxy',
        ...(checksNamespace !== undefined && { namespace: checksNamespace }),
        ...(ctx.prometheus ? { prometheus: ctx.prometheus } : {})
      })
    : undefined
  issues.push(...(steady?.issues ?? []))
  if (issues.some((i) => i.severity === 'error')) return { issues }
  const override = input.spec.blastRadius
  const experiment: Experiment = {
    name: input.metadata.name,
    source: doc.start,
    locate: part.locate ?? doc.locate,
    backend: part.backend,
    kind: part.kind,
    fault: part.fault,
    expect: input.spec.expect,
    ...(part.action === undefined || part.action === '' ? {} : { action: part.action }),
    ...(part.namespace === undefined ? {} : { namespace: part.namespace }),
    ...(part.targets === undefined ? {} : { targets: part.targets }),
    ...(part.durationMs === undefined ? {} : { durationMs: part.durationMs }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(input.spec.hypothesis === undefined ? {} : { hypothesis: input.spec.hypothesis }),
    ...(steady ? { steadyState: steady.spec } : {}),
    ...(override
      ? {
          blastRadius: {
            ...(override.maxTargets === undefined ? {} : { maxTargets: override.maxTargets }),
            ...(override.maxPercentage === undefined
              ? {}
              : { maxPercentage: toPercent(override.maxPercentage) })
          }
        }
      : {})
  }
  return { planned: { experiment, sites: part.sites, doc }, issues }
}
