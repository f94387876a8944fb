/**
 * pod-kill preflight: the runner may list, watch and delete the pods, read their workloads and
 * write the record; the selector matches at least one pod and no more than the policy allows;
 * every pod that could be chosen has a workload that will replace it; and the API server accepts
 * a dry-run delete of one of them (admission, PodDisruption webhooks).
 */
import type { Experiment, KubeObject } from '../../../manifest/model'
import type { Policy } from '../../../policy/policy'
import type { Issue } from '../../../util/errors'
import type { PreflightReport } from '../../backend'
import { kubeFailure } from '../../kube/errors'
import type { ApiResource, KubeCluster, KubeObjects } from '../../kube/port'
import { checkAccess, needs, PODS } from '../../kube/preflight'
import { checkTargets } from '../../kube/targets'
import { listPods } from './pod-calls'
import { podKillSpec } from './pod-kill'
import { isServing } from './pods'
import { workloadOf } from './workloads'

export interface PodKillPreflightDeps {
  readonly kube: KubeObjects
  readonly cluster: KubeCluster
  /** The blast-radius policy; without one preflight refuses to kill anything. */
  readonly policy?: Policy | undefined
}

const OP = { backend: 'kubernetes' } as const
const core = (kind: string, resource: string): ApiResource => ({ ...PODS, kind, resource })
const apps = (resource: string): ApiResource => ({
  group: 'apps',
  version: 'v1',
  kind: resource,
  resource,
  namespaced: true,
  verbs: []
})

export async function preflightPodKill(
  exp: Experiment,
  deps: PodKillPreflightDeps,
  signal: AbortSignal
): Promise<PreflightReport> {
  const spec = podKillSpec(exp)
  const ns = spec.namespace
  const denied = await checkAccess(
    deps.cluster,
    [
      ...needs(PODS, ['list', 'watch', 'delete'], ns),
      ...needs(core('ConfigMap', 'configmaps'), ['create', 'get', 'list', 'delete'], ns),
      ...['deployments', 'replicasets', 'statefulsets'].flatMap((r) => needs(apps(r), ['get'], ns))
    ],
    exp.source,
    OP
  )
  if (denied.length > 0) return { warnings: [], issues: denied }
  const live = await checkTargets(deps.kube, exp, deps.policy, OP, signal)
  if (live.issues.length > 0 || !live.count) return { warnings: [], issues: live.issues }
  const pods = (await listPods(deps.kube, spec)).filter(isServing)
  const issues = [
    ...(await workloadIssues(exp, deps.kube, pods)),
    ...(await dryRunDelete(exp, deps.kube, pods[0]))
  ]
  return { warnings: [], issues, targets: live.count.targets, candidates: live.count.candidates }
}

/** One issue per pod without a workload pod-kill can time; workloads are read once each. */
async function workloadIssues(
  exp: Experiment,
  kube: KubeObjects,
  pods: readonly KubeObject[]
): Promise<Issue[]> {
  const namespace = podKillSpec(exp).namespace
  const issues: Issue[] = []
  const seen = new Set<string>()
  for (const pod of pods) {
    const owner = JSON.stringify(pod.metadata.ownerReferences ?? pod.metadata.name)
    if (seen.has(owner)) continue
    seen.add(owner)
    const workload = await workloadOf(kube, pod, namespace)
    if ('problem' in workload)
      issues.push({
        ...(exp.targets?.location ?? exp.source),
        severity: 'error',
        code: 'kubernetes/no-workload',
        message: workload.problem,
        hint: 'Narrow the selector to pods a Deployment, StatefulSet or ReplicaSet manages.'
      })
  }
  return issues
}

/** A server-side dry-run delete: admission and webhooks say no before anything is killed. */
async function dryRunDelete(
  exp: Experiment,
  kube: KubeObjects,
  pod: KubeObject | undefined
): Promise<Issue[]> {
  if (!pod) return []
  const spec = podKillSpec(exp)
  const name = pod.metadata.name ?? ''
  try {
    await kube.delete(
      { apiVersion: 'v1', kind: 'Pod', namespace: spec.namespace, name },
      { dryRun: true }
    )
    return []
  } catch (err) {
    const failure = kubeFailure(err, {
      ...OP,
      verb: 'delete',
      kind: 'Pod',
      resource: 'pods',
      group: '',
      namespace: spec.namespace,
      name
    })
    return [
      {
        ...exp.source,
        severity: 'error',
        code: 'kube/dry-run',
        message: `a dry-run delete was refused: ${failure.message}`
      }
    ]
  }
}
