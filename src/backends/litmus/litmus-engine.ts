/**
 * The ChaosEngine chaos-gate submits: the manifest's engine under a deterministic name
 * (`gate-<runId>-<experiment>`), in its namespace, with the run's labels and `engineState: active`.
 * Nothing else of the user's spec changes, so what was reviewed is what runs.
 */
import { LITMUS_RESULT_NAME_MAX } from '../../manifest/adopt/litmus/litmus-result-name'
import type { Experiment, KubeObject } from '../../manifest/model'
import { InternalError, type Issue } from '../../util/errors'
import type { RunContext } from '../backend'
import { isRecord } from '../kube/status'
import { objectName } from '../labels'
import { CHAOS_ENGINE, LITMUS_API_VERSION } from './litmus-api'
import { declaredSuffixes } from './litmus-status'

/** The manifest's ChaosEngine, or undefined when the experiment's fault is something else. */
export function sourceEngine(exp: Experiment): KubeObject | undefined {
  if (exp.fault.kind !== 'kube-object') return undefined
  const object = exp.fault.object
  return object.kind === CHAOS_ENGINE.kind && object.apiVersion === LITMUS_API_VERSION
    ? object
    : undefined
}

/** Where the engine goes: the experiment's namespace, the manifest's, or the context default. */
export function engineNamespace(exp: Experiment, fallback: string): string {
  return exp.namespace ?? sourceEngine(exp)?.metadata.namespace ?? fallback
}

/**
 * The engine's name: `gate-<run>-<experiment>`, bounded so that litmus-go's ChaosResult names
 * (`<engine>-<suffix>`, a label value) stay within 63 characters for every declared experiment.
 */
export function engineName(runId: string, experiment: string, suffixes: readonly string[]): string {
  const longest = Math.max(0, ...suffixes.map((s) => s.length))
  return objectName(runId, experiment, Math.min(63, LITMUS_RESULT_NAME_MAX - 1 - longest))
}

/** The object to create for `exp` in this run. */
export function engineToSubmit(
  exp: Experiment,
  ctx: Pick<RunContext, 'runId' | 'labels'>,
  namespace: string
): KubeObject {
  const source = sourceEngine(exp)
  if (!source)
    throw new InternalError(
      `experiment ${exp.name} reached the litmus backend without a ChaosEngine`
    )
  const { labels, annotations } = source.metadata
  const spec = isRecord(source.spec) ? source.spec : {}
  return {
    apiVersion: LITMUS_API_VERSION,
    kind: CHAOS_ENGINE.kind,
    metadata: {
      name: engineName(ctx.runId, exp.name, declaredSuffixes(spec)),
      namespace,
      labels: { ...labels, ...ctx.labels },
      ...(annotations ? { annotations } : {})
    },
    // engineState: stop in a manifest would never run; active starts it.
    spec: { ...spec, engineState: 'active' }
  }
}

/**
 * The backend's own static check. The manifest validator already checks what a ChaosEngine needs
 * (experiments, chaosServiceAccount, appinfo, probes); this only refuses what is not one.
 */
export function checkEngine(exp: Experiment): Issue[] {
  if (sourceEngine(exp)) return []
  return [
    {
      ...exp.locate(['kind']),
      severity: 'error',
      code: 'litmus/not-an-engine',
      message: `the litmus backend runs ChaosEngine (${LITMUS_API_VERSION}) objects; this is ${exp.kind}`,
      hint: 'Choose the backend that runs this kind, or use a ChaosEngine.'
    }
  ]
}
