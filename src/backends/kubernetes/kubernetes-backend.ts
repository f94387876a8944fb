/**
 * The kubernetes backend: faults that need no chaos operator, only the Kubernetes API.
 * - pod-kill (an Experiment's `podKill`): delete N serving pods, then time their workloads' restore
 *   (pod-kill/pod-kill.ts);
 * - Istio VirtualService fault injection: apply the manifest's routes with `fault` for the
 *   duration, then restore the original exactly (virtual-service/virtual-service.ts).
 * Both are found again by the run-id label and cleaned up without finalizers.
 */
import type { Experiment } from '../../manifest/model'
import type { Policy } from '../../policy/policy'
import { InternalError, type Issue } from '../../util/errors'
import type { Backend, Handle, Observation, RunContext } from '../backend'
import type { BackendDeps } from '../backend'
import type { KubeCluster, KubeObjects } from '../kube/port'
import { cleanupKubernetes } from './cleanup'
import { observePodKill } from './pod-kill/observe-pod-kill'
import { POD_KILL, submitPodKill } from './pod-kill/pod-kill'
import { preflightPodKill } from './pod-kill/preflight-pod-kill'
import { restoreHints } from './virtual-service/hints'
import { observeVs } from './virtual-service/observe-vs'
import { preflightVs } from './virtual-service/preflight-vs'
import { restoreVs } from './virtual-service/restore'
import { applyFault, VIRTUAL_SERVICE } from './virtual-service/virtual-service'

export interface KubernetesDeps {
  readonly kube: KubeObjects
  readonly cluster: KubeCluster
  /** Where objects go when neither the experiment nor the manifest names a namespace. */
  readonly defaultNamespace: string
  /** The blast-radius policy; without one preflight refuses to inject. */
  readonly policy?: Policy | undefined
  /** Uniform random numbers in [0, 1): which pods pod-kill picks. */
  readonly random: () => number
  /** How long cleanup waits for a deleted record (default 10 s). */
  readonly cleanupBoundMs?: number
}

/** The registry's entry: the backend over the run's cluster connection. */
export async function kubernetesBackend(deps: BackendDeps): Promise<Backend> {
  if (!deps.kube)
    throw new InternalError('the kubernetes backend was built without a Kubernetes connection')
  const conn = await deps.kube()
  return createKubernetesBackend({
    kube: conn.objects,
    cluster: conn.cluster,
    defaultNamespace: conn.namespace ?? 'default',
    policy: deps.policy,
    random: deps.random
  })
}

export function createKubernetesBackend(deps: KubernetesDeps): Backend {
  return {
    kind: 'kubernetes',
    check,
    preflight: (exp, ctx) =>
      isPodKill(exp) ? preflightPodKill(exp, deps, ctx.signal) : preflightVs(exp, ctx, deps),
    submit: (exp, ctx) =>
      isPodKill(exp)
        ? submitPodKill(exp, ctx, deps)
        : applyFault(deps.kube, exp, ctx, deps.defaultNamespace),
    observe: (handle, ctx) => observe(deps.kube, handle, ctx),
    abort: (handle, ctx) => abort(deps.kube, handle, ctx),
    cleanup: (selector, ctx) =>
      cleanupKubernetes(deps.kube, selector, ctx, deps.cleanupBoundMs ?? 10_000)
  }
}

const isPodKill = (exp: Experiment): boolean => exp.fault.kind === 'pod-kill'

function check(exp: Experiment): readonly Issue[] {
  const fault = exp.fault
  if (
    fault.kind === 'pod-kill' ||
    (fault.kind === 'kube-object' && fault.object.kind === VIRTUAL_SERVICE)
  )
    return []
  return [
    {
      ...exp.source,
      severity: 'error',
      code: 'kubernetes/fault',
      message: `the kubernetes backend cannot run a ${fault.kind === 'kube-object' ? fault.object.kind : fault.kind}`,
      expected: 'a podKill fault, or an Istio VirtualService with http[].fault'
    }
  ]
}

function observe(kube: KubeObjects, handle: Handle, ctx: RunContext): AsyncIterable<Observation> {
  return handle.kind === POD_KILL ? observePodKill(kube, handle, ctx) : observeVs(kube, handle, ctx)
}

/** A kill cannot be undone, so aborting it stops nothing; a VirtualService fault comes off at once. */
async function abort(kube: KubeObjects, handle: Handle, ctx: RunContext): Promise<void> {
  if (handle.kind !== VIRTUAL_SERVICE) return
  await restoreVs(
    kube,
    {
      apiVersion: handle.apiVersion ?? 'networking.istio.io/v1',
      kind: VIRTUAL_SERVICE,
      namespace: handle.namespace ?? '',
      name: handle.name
    },
    restoreHints(handle, ctx.runId)
  )
}
