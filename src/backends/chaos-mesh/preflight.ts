/**
 * Chaos Mesh preflight (docs/engine.md, "Lifecycle of one experiment"): the cluster serves every kind the experiment creates or
 * follows, the runner may do everything the run will do, the API server accepts a dry run of the
 * object exactly as it will be created, and the selector matches at least one live pod and no more
 * than the policy allows. Every problem is reported at once; nothing is created.
 */
import type { Experiment, KubeObject } from '../../manifest/model'
import type { Policy } from '../../policy/policy'
import type { PreflightReport, RunContext } from '../backend'
import type { KubeOperation } from '../kube/errors'
import type { ApiResource, KubeCluster, KubeObjects } from '../kube/port'
import {
  type AccessNeed,
  checkAccess,
  checkServed,
  dryRunCreate,
  kindKey,
  needs,
  PODS,
  type RequiredKind
} from '../kube/preflight'
import { isRecord } from '../kube/status'
import { checkTargets, targetAccess } from '../kube/targets'
import {
  CHAOS_MESH_API_VERSION,
  CHAOS_MESH_GROUP,
  CHAOS_MESH_INSTALLATION,
  isChaosKind,
  kindNamesOf,
  STATUS_CHECK,
  WORKFLOW,
  WORKFLOW_NODE
} from './chaos-mesh-api'
import { liveConflicts } from './live-conflicts'
import { workflowChaosKinds } from './run-objects'
import { namespaceOf, objectToSubmit } from './submit'

export interface PreflightDeps {
  readonly kube: KubeObjects
  readonly cluster: KubeCluster
  readonly defaultNamespace: string
  /** The blast-radius policy; without one preflight refuses to inject. */
  readonly policy?: Policy | undefined
}

const OP = { backend: 'chaos-mesh' } as const
const EVENTS: ApiResource = { ...PODS, kind: 'Event', resource: 'events' }

export async function preflightChaosMesh(
  exp: Experiment,
  ctx: RunContext,
  deps: PreflightDeps
): Promise<PreflightReport> {
  const namespace = namespaceOf(exp, deps.defaultNamespace)
  const object = objectToSubmit(exp, ctx, namespace)
  const served = await checkServed(
    deps.cluster,
    requiredKinds(object),
    CHAOS_MESH_INSTALLATION,
    exp.source,
    OP
  )
  if (served.issues.length > 0) return { warnings: [], issues: served.issues }
  const resource = (kind: string): ApiResource | undefined =>
    served.resources.get(kindKey(CHAOS_MESH_API_VERSION, kind))
  const [denied, eventsDenied] = await Promise.all([
    checkAccess(deps.cluster, accessNeeds(object, exp, resource), exp.source, OP),
    checkAccess(deps.cluster, needs(EVENTS, ['list'], namespace), exp.source, OP)
  ])
  const warnings = eventsDenied.map(
    (i) =>
      `${i.message}: a fault that selects no target is then reported without Chaos Mesh's reason`
  )
  if (denied.length > 0) return { warnings, issues: denied }
  const rejected = await dryRunCreate(deps.kube, object, exp.locate, operation(object))
  const live = await checkTargets(deps.kube, exp, deps.policy, OP, ctx.signal)
  const busy = isChaosKind(object.kind)
    ? await liveConflicts(deps.kube, exp, object.kind, ctx.runId, ctx.signal)
    : []
  return {
    warnings,
    issues: [...rejected, ...live.issues, ...busy],
    ...(live.count && { targets: live.count.targets, candidates: live.count.candidates })
  }
}

/** The kinds the object needs served: its own, and what it spawns. */
function requiredKinds(object: KubeObject): RequiredKind[] {
  const kinds = [object.kind, ...spawnedKinds(object)]
  return [...new Set(kinds)].map((kind) => ({ apiVersion: CHAOS_MESH_API_VERSION, kind }))
}

/** What a Schedule or Workflow makes Chaos Mesh create, which the gate follows and cleans up. */
function spawnedKinds(object: KubeObject): string[] {
  const spec = isRecord(object.spec) ? object.spec : {}
  if (object.kind === 'Schedule') {
    const embedded = isRecord(spec.workflow) ? spec.workflow : undefined
    const child = typeof spec.type === 'string' ? [spec.type] : []
    return embedded ? [...child, ...workflowSpawns(embedded)] : child
  }
  return object.kind === WORKFLOW.kind ? workflowSpawns(spec) : []
}

function workflowSpawns(spec: Readonly<Record<string, unknown>>): string[] {
  const templates = Array.isArray(spec.templates) ? spec.templates.filter(isRecord) : []
  const checks = templates.some((t) => t.templateType === 'StatusCheck') ? [STATUS_CHECK.kind] : []
  return [WORKFLOW_NODE.kind, ...checks, ...workflowChaosKinds(spec)]
}

/** Everything the run does: create and stop its object, follow and delete what it spawns, count pods. */
function accessNeeds(
  object: KubeObject,
  exp: Experiment,
  resource: (kind: string) => ApiResource | undefined
): AccessNeed[] {
  const namespace = object.metadata.namespace
  const own = resource(object.kind)
  const spawned = spawnedKinds(object).flatMap((k) => {
    const r = resource(k)
    return r ? [r] : []
  })
  return [
    ...(own ? needs(own, ['create', 'get', 'list', 'watch', 'patch', 'delete'], namespace) : []),
    ...spawned.flatMap((r) => needs(r, ['get', 'list', 'watch', 'patch', 'delete'], namespace)),
    ...targetAccess(exp.targets)
  ]
}

function operation(object: KubeObject): KubeOperation {
  return {
    ...OP,
    verb: 'create',
    kind: object.kind,
    resource: kindNamesOf(object.kind)?.resource ?? object.kind.toLowerCase(),
    group: CHAOS_MESH_GROUP,
    ...(object.metadata.namespace !== undefined && { namespace: object.metadata.namespace }),
    ...(object.metadata.name !== undefined && { name: object.metadata.name })
  }
}
