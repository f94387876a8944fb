/**
 * pod-kill, the Chaos Monkey fault, with no operator installed.
 * Creates: a ConfigMap `gate-<runId>-<experiment>` recording the victims and their workloads,
 *   written before any pod is deleted, so a retried submit adopts it instead of killing again;
 *   then deletes N serving pods the selector matches, chosen with the injected random source and
 *   bounded by the policy once more, on the live count at that moment.
 * Finds again: the handle, or the record by the run-id label.
 * Stops: nothing to stop (a kill cannot be undone; the workload restores the pods by itself);
 *   cleanup deletes the record. Recovery is the time until every workload is Ready again.
 */
import type { Experiment, KubeObject, PodKillSpec } from '../../../manifest/model'
import { enforceLive } from '../../../policy/enforce-live'
import type { Policy } from '../../../policy/policy'
import { BackendError, formatIssue, InternalError } from '../../../util/errors'
import type { Handle, RunContext } from '../../backend'
import type { KubeObjects } from '../../kube/port'
import { isRecord } from '../../kube/status'
import { carries, createOrAdopt } from '../../kube/submit'
import { objectName } from '../../labels'
import { deletePod, getRecord, listPods } from './pod-calls'
import { chooseVictims, isServing } from './pods'
import { type Workload, workloadOf } from './workloads'

export interface PodKillDeps {
  readonly kube: KubeObjects
  /** Without a policy, nothing is killed. */
  readonly policy?: Policy | undefined
  readonly random: () => number
}

/** The handle kind of a pod-kill; its name is the record's. */
export const POD_KILL = 'pod-kill'

export function podKillSpec(exp: Experiment): PodKillSpec {
  if (exp.fault.kind !== 'pod-kill')
    throw new InternalError(`pod-kill was given a ${exp.fault.kind} fault for ${exp.name}`)
  return exp.fault.spec
}

export async function submitPodKill(
  exp: Experiment,
  ctx: RunContext,
  deps: PodKillDeps
): Promise<Handle> {
  const spec = podKillSpec(exp)
  const name = objectName(ctx.runId, exp.name)
  const earlier = await getRecord(deps.kube, spec.namespace, name)
  if (earlier && carries(earlier, ctx.labels)) return handleOf(exp, earlier)
  const serving = (await listPods(deps.kube, spec)).filter(isServing)
  const victims = chooseVictims(serving, spec.count, deps.random)
  refuseOverPolicy(exp, deps.policy, victims.length, serving.length)
  const workloads = await workloadsOf(deps.kube, victims, spec.namespace)
  const record = recordOf(name, spec, ctx, victims, workloads)
  const { object, adopted } = await createOrAdopt(deps.kube, record, ctx.labels, {
    backend: 'kubernetes',
    verb: 'create',
    kind: 'ConfigMap',
    resource: 'configmaps',
    group: '',
    namespace: spec.namespace,
    name
  })
  // Adopted: a concurrent submit of this run wrote the record first, and it does the killing.
  if (adopted) return handleOf(exp, object)
  await Promise.all(victims.map((pod) => deletePod(deps.kube, spec, pod.metadata.name ?? '')))
  ctx.log.info(`kubernetes: killed ${namesOf(victims).join(', ')} in ${spec.namespace}`)
  return handleOf(exp, object)
}

/** The policy again, on the live count at the moment of the kill (preflight counted earlier). */
function refuseOverPolicy(
  exp: Experiment,
  policy: Policy | undefined,
  targets: number,
  candidates: number
): void {
  const spec = podKillSpec(exp)
  const refused = [
    ...(targets === 0
      ? [
          `the selector '${spec.labelSelector}' matches no serving pod in ${spec.namespace} any more`
        ]
      : []),
    ...(policy
      ? enforceLive(exp, policy, { targets, candidates }).map(formatIssue)
      : ['no blast-radius policy reached the backend'])
  ]
  if (refused.length > 0)
    throw new BackendError(
      'kubernetes',
      'kill pods for',
      exp.name,
      `refused at submit: ${refused.join('; ')}`
    )
}

/** The distinct workloads behind the victims; a victim without one is refused. */
async function workloadsOf(
  kube: KubeObjects,
  victims: readonly KubeObject[],
  namespace: string
): Promise<Workload[]> {
  const found = new Map<string, Workload>()
  for (const pod of victims) {
    const workload = await workloadOf(kube, pod, namespace)
    if ('problem' in workload)
      throw new BackendError(
        'kubernetes',
        'kill',
        `pod ${namespace}/${pod.metadata.name ?? ''}`,
        workload.problem
      )
    found.set(`${workload.kind}/${workload.name}`, workload)
  }
  return [...found.values()]
}

function recordOf(
  name: string,
  spec: PodKillSpec,
  ctx: RunContext,
  victims: readonly KubeObject[],
  workloads: readonly Workload[]
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: spec.namespace, labels: ctx.labels },
    data: {
      victims: namesOf(victims).join(','),
      workloads: JSON.stringify(workloads),
      killedAt: String(ctx.clock.now()),
      restoreTimeoutMs: String(spec.restoreTimeoutMs)
    }
  }
}

/** The handle, read from the record so an adopted record gives the same handle. */
function handleOf(exp: Experiment, record: KubeObject): Handle {
  const data = isRecord(record.data) ? record.data : {}
  const text = (key: string): string => (typeof data[key] === 'string' ? data[key] : '')
  return {
    backend: 'kubernetes',
    experiment: exp.name,
    kind: POD_KILL,
    name: record.metadata.name ?? '',
    apiVersion: 'v1',
    ...(record.metadata.namespace !== undefined && { namespace: record.metadata.namespace }),
    data: {
      victims: text('victims'),
      workloads: text('workloads'),
      killedAt: text('killedAt'),
      restoreTimeoutMs: text('restoreTimeoutMs')
    }
  }
}

const namesOf = (pods: readonly KubeObject[]): string[] => pods.map((p) => p.metadata.name ?? '')
