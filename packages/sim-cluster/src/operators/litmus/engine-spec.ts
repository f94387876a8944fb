import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import { namespaceOf } from '../../core/meta'

export const LITMUS_API = 'litmuschaos.io/v1alpha1'
export const ENGINE_FINALIZER = 'chaosengine.litmuschaos.io/finalizer'

/** One probe as declared in the engine (what ChaosResult.probeStatuses echoes back). */
export interface ProbeSpec {
  readonly name: string
  readonly type: string
  readonly mode: string
}

/** An experiment entry of spec.experiments[] with its effective tunables. */
export interface ExperimentSpec {
  readonly name: string
  readonly env: Readonly<Record<string, string>>
  readonly probes: readonly ProbeSpec[]
}

/** Where the experiment looks for targets. */
export interface AppTarget {
  readonly namespace: string
  readonly labelSelector: string
  readonly kind: string
}

function envOf(list: JsonObject | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of arrayAt(list, 'env').filter(isObject)) {
    const name = stringAt(entry, 'name')
    const value = entry['value']
    if (name && (typeof value === 'string' || typeof value === 'number')) out[name] = String(value)
  }
  return out
}

/** spec.experiments[], each with env = ChaosExperiment defaults overridden by the engine. */
export function experimentsOf(
  engine: JsonObject,
  definitions: (name: string) => JsonObject | undefined
): ExperimentSpec[] {
  return arrayAt(objectAt(engine, 'spec'), 'experiments')
    .filter(isObject)
    .map((entry) => {
      const name = stringAt(entry, 'name') ?? ''
      const spec = objectAt(entry, 'spec')
      const defaults = envOf(objectAt(objectAt(definitions(name), 'spec'), 'definition'))
      const overrides = envOf(objectAt(spec, 'components'))
      const probes = arrayAt(spec, 'probe')
        .filter(isObject)
        .map((p) => ({
          name: stringAt(p, 'name') ?? '',
          type: stringAt(p, 'type') ?? '',
          mode: stringAt(p, 'mode') ?? ''
        }))
      return { name, env: { ...defaults, ...overrides }, probes }
    })
}

/** spec.appinfo (or the first selectors.workloads entry), namespace defaulting to the engine's. */
export function appTargetOf(engine: JsonObject): AppTarget | undefined {
  const spec = objectAt(engine, 'spec')
  const appinfo = objectAt(spec, 'appinfo')
  const workload = arrayAt(objectAt(spec, 'selectors'), 'workloads').find(isObject)
  const labelSelector = stringAt(appinfo, 'applabel') ?? stringAt(workload, 'labels') ?? ''
  if (!labelSelector) return undefined
  return {
    namespace: stringAt(appinfo, 'appns') || stringAt(workload, 'namespace') || namespaceOf(engine),
    labelSelector,
    kind: stringAt(appinfo, 'appkind') ?? stringAt(workload, 'kind') ?? ''
  }
}

/** The ChaosResult name: <engine>-<experiment>[-<INSTANCE_ID>]. */
export function resultName(engineName: string, experiment: ExperimentSpec): string {
  const instance = experiment.env['INSTANCE_ID']
  return instance
    ? `${engineName}-${experiment.name}-${instance}`
    : `${engineName}-${experiment.name}`
}

/** Chaos duration in seconds (TOTAL_CHAOS_DURATION, default 30). */
export function chaosSeconds(
  experiment: ExperimentSpec,
  key = 'TOTAL_CHAOS_DURATION',
  fallback = 30
): number {
  const value = Number(experiment.env[key])
  return Number.isFinite(value) && value > 0 ? value : fallback
}
