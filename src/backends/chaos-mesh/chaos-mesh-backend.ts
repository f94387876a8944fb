/**
 * Chaos Mesh backend (docs/backends/chaos-mesh.md), for every chaos kind, Schedule and Workflow.
 * Creates: the manifest's object as `gate-<runId>-<experiment>`, labelled with the run; Chaos Mesh
 *   then spawns a Schedule's children and a Workflow's nodes, chaos and StatusChecks.
 * Finds again: the handle (name, kind, submit time) or the run-id label; spawned objects by
 *   `managed-by=<schedule>` and `chaos-mesh.org/workflow=<workflow>`.
 * Stops: pause (chaos, Schedule) or abort (Workflow), wait for recovery, then delete; never a
 *   delete mid-injection (chaos-mesh#2449). Chaos Mesh has no verdict of its own: observations say
 *   where the fault is, and the steady-state checks decide; a Workflow StatusCheck failure is `fail`.
 */
import type { Experiment } from '../../manifest/model'
import type { Policy } from '../../policy/policy'
import { InternalError, type Issue } from '../../util/errors'
import type { Backend, Handle, Observation, RunContext } from '../backend'
import type { BackendDeps } from '../backend'
import type { KubeCluster, KubeObjects } from '../kube/port'
import { createOrAdopt } from '../kube/submit'
import { abortChaosMesh } from './abort'
import { CHAOS_MESH_API_VERSION, CHAOS_MESH_GROUP, kindNamesOf } from './chaos-mesh-api'
import { cleanupChaosMesh } from './cleanup'
import { followChaos } from './follow/follow-chaos'
import { followSchedule } from './follow/follow-schedule'
import { followWorkflow } from './follow/follow-workflow'
import { preflightChaosMesh } from './preflight'
import { handleOf, namespaceOf, objectToSubmit } from './submit'

export interface ChaosMeshDeps {
  readonly kube: KubeObjects
  readonly cluster: KubeCluster
  /** Where objects go when neither the experiment nor the manifest names a namespace. */
  readonly defaultNamespace: string
  /** The blast-radius policy preflight checks the live target count against (required to run). */
  readonly policy?: Policy | undefined
  /** How long Chaos Mesh has to select targets and inject them all (default 30 s). */
  readonly injectionBoundMs?: number
  /** How long a paused or aborted fault has to recover before abort gives up (default 15 s). */
  readonly recoverBoundMs?: number
  /** How long cleanup waits for the records finalizer before reporting an object stuck (default 30 s). */
  readonly removeBoundMs?: number
}

export const CHAOS_MESH_BOUNDS: {
  readonly injectionBoundMs: number
  readonly recoverBoundMs: number
  readonly removeBoundMs: number
} = {
  injectionBoundMs: 30_000,
  recoverBoundMs: 15_000,
  removeBoundMs: 30_000
}

/** The registry's entry: the backend over the run's cluster connection. */
export async function chaosMeshBackend(deps: BackendDeps): Promise<Backend> {
  if (!deps.kube)
    throw new InternalError('the chaos-mesh backend was built without a Kubernetes connection')
  const conn = await deps.kube()
  return createChaosMeshBackend({
    kube: conn.objects,
    cluster: conn.cluster,
    defaultNamespace: conn.namespace ?? 'default',
    policy: deps.policy
  })
}

export function createChaosMeshBackend(deps: ChaosMeshDeps): Backend {
  const bounds = { ...CHAOS_MESH_BOUNDS, ...definedBounds(deps) }
  return {
    kind: 'chaos-mesh',
    check,
    preflight: (exp, ctx) => preflightChaosMesh(exp, ctx, deps),
    submit: (exp, ctx) => submit(exp, ctx, deps),
    observe: (handle, ctx) => observe(deps.kube, handle, ctx, bounds.injectionBoundMs),
    abort: (handle, ctx) => abortChaosMesh(deps.kube, handle, ctx, bounds.recoverBoundMs),
    cleanup: (selector, ctx) => cleanupChaosMesh(deps.kube, selector, ctx, bounds)
  }
}

/** The fault must be a Chaos Mesh object the backend knows how to follow. */
function check(exp: Experiment): readonly Issue[] {
  const fault = exp.fault
  const kind = fault.kind === 'kube-object' ? fault.object.kind : fault.kind
  const group = fault.kind === 'kube-object' ? fault.object.apiVersion.split('/')[0] : undefined
  if (group === CHAOS_MESH_GROUP && kindNamesOf(kind)) return []
  return [
    {
      ...exp.source,
      severity: 'error',
      code: 'chaos-mesh/kind',
      message: `the chaos-mesh backend cannot run a ${kind}`,
      expected: `a ${CHAOS_MESH_API_VERSION} chaos kind, Schedule or Workflow`
    }
  ]
}

async function submit(exp: Experiment, ctx: RunContext, deps: ChaosMeshDeps): Promise<Handle> {
  const namespace = namespaceOf(exp, deps.defaultNamespace)
  const object = objectToSubmit(exp, ctx, namespace)
  const name = object.metadata.name ?? ''
  const { object: created, adopted } = await createOrAdopt(deps.kube, object, ctx.labels, {
    backend: 'chaos-mesh',
    verb: 'create',
    kind: object.kind,
    resource: kindNamesOf(object.kind)?.resource ?? object.kind.toLowerCase(),
    group: CHAOS_MESH_GROUP,
    namespace,
    name
  })
  ctx.log.info(`chaos-mesh: ${adopted ? 'adopted' : 'created'} ${object.kind} ${namespace}/${name}`)
  return handleOf(exp, created, ctx.clock.now())
}

function observe(
  kube: KubeObjects,
  handle: Handle,
  ctx: RunContext,
  injectionBoundMs: number
): AsyncIterable<Observation> {
  const namespace = handle.namespace ?? ''
  const data = handle.data ?? {}
  const submittedAt = Number(data.submittedAt ?? ctx.clock.now())
  if (handle.kind === 'Schedule')
    return followSchedule(
      kube,
      {
        namespace,
        name: handle.name,
        childKind: data.childKind ?? '',
        endsAt: Number(data.endsAt ?? submittedAt)
      },
      ctx,
      injectionBoundMs
    )
  if (handle.kind === 'Workflow')
    return followWorkflow(
      kube,
      {
        namespace,
        name: handle.name,
        chaosKinds: (data.chaosKinds ?? '').split(',').filter(Boolean),
        hasStatusChecks: data.statusChecks === 'true'
      },
      ctx,
      injectionBoundMs
    )
  return followChaos(
    kube,
    {
      apiVersion: CHAOS_MESH_API_VERSION,
      kind: handle.kind,
      namespace,
      name: handle.name,
      submittedAt
    },
    ctx,
    injectionBoundMs
  )
}

function definedBounds(
  deps: ChaosMeshDeps
): Partial<Record<keyof typeof CHAOS_MESH_BOUNDS, number>> {
  return {
    ...(deps.injectionBoundMs !== undefined && { injectionBoundMs: deps.injectionBoundMs }),
    ...(deps.recoverBoundMs !== undefined && { recoverBoundMs: deps.recoverBoundMs }),
    ...(deps.removeBoundMs !== undefined && { removeBoundMs: deps.removeBoundMs })
  }
}
