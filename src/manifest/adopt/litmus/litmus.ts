/**
 * Reads a LitmusChaos ChaosEngine. The engine runs its experiments one after another; each is a
 * fault site with its own targets and TOTAL_CHAOS_DURATION. Probes and legacy fields are linted by
 * the rules (rules/litmus-*.ts); this file reads what the gate depends on.
 */
import { toGoDuration } from '../../../util/duration'
import type { KubeObject } from '../../model'
import { cloneRecord, isRecord, listAt, type PlainRecord, quote, recordAt } from '../../plain'
import {
  type AdoptContext,
  type AdoptResult,
  type FaultSite,
  IssueSink,
  objectName,
  resolveNamespace
} from '../adopt'
import { readEnv } from './litmus-env'
import {
  LITMUS_EXPERIMENT_PART_MAX,
  LITMUS_RESULT_NAME_MAX,
  resultSuffix
} from './litmus-result-name'
import { litmusTargets } from './litmus-targets'

/** Reads a litmuschaos.io ChaosEngine. */
export function adoptLitmus(value: PlainRecord, ctx: AdoptContext): AdoptResult {
  const sink = new IssueSink(ctx)
  const metadata = recordAt(value, ['metadata'])
  const namespace = resolveNamespace(metadata, ctx, sink)
  const spec = recordAt(value, ['spec'])
  if (spec === undefined) {
    sink.add([], 'litmus/spec', 'the ChaosEngine has no spec')
    return { issues: sink.issues }
  }
  checkEngine(spec, sink)
  const object = cloneRecord(value)
  const experiments = listAt(spec, ['experiments'])
  if (experiments.length === 0)
    sink.add(['spec'], 'litmus/experiments', 'spec.experiments must list at least one experiment', {
      expected: 'experiments: [{name: pod-delete}]'
    })
  const sites = experiments.flatMap((e, i) => readExperiment(e, i, spec, ctx, sink))
  if (sink.hasErrors) return { issues: sink.issues }
  const durations = sites.map((s) => s.durationMs)
  const durationMs = durations.every((d): d is number => d !== undefined)
    ? durations.reduce((a, b) => a + b, 0)
    : undefined
  if (ctx.durationMs !== undefined) fillDuration(object, ctx.durationMs)
  object.metadata = { ...(metadata ?? {}), ...(namespace === undefined ? {} : { namespace }) }
  const name = objectName(metadata)
  const [first] = sites
  const adopted = {
    backend: 'litmus' as const,
    kind: 'ChaosEngine',
    action: sites.map((s) => s.action).join('+'),
    object: toKubeObject(object),
    sites,
    ...(name === undefined ? {} : { name }),
    ...(namespace === undefined ? {} : { namespace }),
    ...(durationMs === undefined ? {} : { durationMs }),
    ...(sites.length === 1 && first?.targets !== undefined ? { targets: first.targets } : {})
  }
  return { adopted, issues: sink.issues }
}

function checkEngine(spec: PlainRecord, sink: IssueSink): void {
  const state = spec.engineState
  if (state === 'stop')
    sink.add(
      ['spec', 'engineState'],
      'litmus/engine-state',
      "engineState is 'stop', so the engine would not run",
      { hint: "Set engineState: 'active' or leave it out." }
    )
  else if (state !== undefined && state !== 'active')
    sink.add(
      ['spec', 'engineState'],
      'litmus/engine-state',
      `engineState must be 'active' or 'stop'; got ${quote(state)}`
    )
  const account = spec.chaosServiceAccount
  if (typeof account !== 'string' || account.trim() === '') {
    sink.add(
      ['spec'],
      'litmus/service-account',
      'chaosServiceAccount is missing: the runner would use the default service account, which cannot create experiment jobs',
      {
        expected: 'chaosServiceAccount: <a service account with the RBAC of the ChaosExperiment>',
        hint: 'Name the service account your Litmus setup created for this experiment (for example pod-delete-sa).'
      }
    )
  }
  const policy = spec.jobCleanUpPolicy
  if (policy !== undefined && policy !== 'delete' && policy !== 'retain')
    sink.add(
      ['spec', 'jobCleanUpPolicy'],
      'litmus/cleanup-policy',
      `jobCleanUpPolicy must be 'delete' or 'retain'; got ${quote(policy)}`
    )
}

function readExperiment(
  entry: unknown,
  index: number,
  spec: PlainRecord,
  ctx: AdoptContext,
  sink: IssueSink
): FaultSite[] {
  const path = ['spec', 'experiments', index]
  const name = isRecord(entry) ? entry.name : undefined
  if (typeof name !== 'string' || name === '') {
    sink.add(
      path,
      'litmus/experiments',
      'each experiment needs the name of an installed ChaosExperiment'
    )
    return []
  }
  const envPath = [...path, 'spec', 'components', 'env']
  const env = readEnv(recordAt(entry, ['spec', 'components'])?.env, envPath, sink)
  const suffix = resultSuffix(name, env.get('INSTANCE_ID'))
  if (suffix.length > LITMUS_EXPERIMENT_PART_MAX)
    sink.add(
      [...path, 'name'],
      'litmus/name-too-long',
      `the ChaosResult of '${name}' would be named '<engine>-${suffix}', ${suffix.length + 1} characters beside the engine's name; Kubernetes allows ${LITMUS_RESULT_NAME_MAX} in the label litmus-go puts it in`,
      {
        hint: `Use a ChaosExperiment (and INSTANCE_ID) of at most ${LITMUS_EXPERIMENT_PART_MAX} characters together, for example by installing a copy under a shorter name.`
      }
    )
  const targets = litmusTargets(name, spec, env, envPath, sink)
  const own = env.seconds('TOTAL_CHAOS_DURATION')
  const location = sink.at([...path, 'name'])
  const durationLocation = sink.at(
    env.get('TOTAL_CHAOS_DURATION') === undefined ? envPath : env.path('TOTAL_CHAOS_DURATION')
  )
  if (own !== undefined && ctx.durationMs !== undefined && own * 1000 !== ctx.durationMs) {
    sink.add(
      env.path('TOTAL_CHAOS_DURATION'),
      'duration/conflict',
      `TOTAL_CHAOS_DURATION '${own}' differs from the Experiment's spec.duration (${toGoDuration(ctx.durationMs)})`,
      { hint: 'Keep one of the two.' }
    )
  }
  const durationMs = own !== undefined ? own * 1000 : ctx.durationMs
  return [
    {
      kind: 'ChaosEngine',
      action: name,
      location,
      durationLocation,
      ...(targets === undefined ? {} : { targets }),
      ...(durationMs === undefined ? {} : { durationMs })
    }
  ]
}

/** Writes the Experiment's duration into every experiment that does not set TOTAL_CHAOS_DURATION. */
function fillDuration(object: Record<string, unknown>, ms: number): void {
  const seconds = String(Math.round(ms / 1000))
  const spec = recordAt(object, ['spec'])
  if (spec === undefined) return
  const experiments = listAt(spec, ['experiments']).map((e) => {
    if (!isRecord(e)) return e
    const components = recordAt(e, ['spec', 'components']) ?? {}
    const env = listAt(components, ['env'])
    if (
      env.some(
        (v) =>
          isRecord(v) &&
          v.name === 'TOTAL_CHAOS_DURATION' &&
          typeof v.value === 'string' &&
          v.value.trim() !== ''
      )
    )
      return e
    const kept = env.filter((v) => !(isRecord(v) && v.name === 'TOTAL_CHAOS_DURATION'))
    const filled = [...kept, { name: 'TOTAL_CHAOS_DURATION', value: seconds }]
    return {
      ...e,
      spec: { ...(recordAt(e, ['spec']) ?? {}), components: { ...components, env: filled } }
    }
  })
  object.spec = { ...spec, experiments }
}

function toKubeObject(object: Record<string, unknown>): KubeObject {
  return {
    ...object,
    apiVersion: String(object.apiVersion),
    kind: 'ChaosEngine',
    metadata: recordAt(object, ['metadata']) ?? {}
  }
}
