/**
 * Follows a Workflow, its WorkflowNodes, the chaos objects it spawns and its StatusChecks (all
 * labelled `chaos-mesh.org/workflow=<name>`) by watch, and yields the workflow's observation on
 * every change (workflow-observation.ts).
 */
import type { Observation, RunContext } from '../../backend'
import { distinctObservations } from '../../kube/distinct-observations'
import { followAll, type Followed } from '../../kube/follow-all'
import type { CollectionRef, KubeObjects } from '../../kube/port'
import { withDeadlines } from '../../kube/with-deadlines'
import {
  CHAOS_MESH_API_VERSION,
  STATUS_CHECK,
  WORKFLOW,
  WORKFLOW_LABEL,
  WORKFLOW_NODE
} from '../chaos-mesh-api'
import { workflowObservation } from '../observation/workflow-observation'
import {
  type CheckView,
  type NodeView,
  readCheck,
  readNode,
  readWorkflow
} from '../status/workflow-status'
import { ChaosChildren } from './follow-children'

export interface WorkflowTarget {
  readonly namespace: string
  readonly name: string
  /** The chaos kinds its templates embed. */
  readonly chaosKinds: readonly string[]
  readonly hasStatusChecks: boolean
}

export function followWorkflow(
  kube: KubeObjects,
  target: WorkflowTarget,
  ctx: RunContext,
  injectionBoundMs: number
): AsyncGenerator<Observation> {
  return distinctObservations(workflowLooks(kube, target, ctx, injectionBoundMs))
}

/** The workflow's observation after every change and at every bound. */
async function* workflowLooks(
  kube: KubeObjects,
  target: WorkflowTarget,
  ctx: RunContext,
  injectionBoundMs: number
): AsyncGenerator<Observation> {
  const children = new ChaosChildren(injectionBoundMs)
  let recheckAt: number | undefined
  const ticks = withDeadlines(
    (signal) => followAll(kube, workflowRefs(target), { clock: ctx.clock, signal, log: ctx.log }),
    { clock: ctx.clock, signal: ctx.signal, nextAt: () => recheckAt }
  )
  let state: Followed<string> = new Map()
  // Chaos Mesh deletes what an aborted or finished node spawned; what it showed must not be lost.
  const remembered = { nodes: new Map<string, NodeView>(), checks: new Map<string, CheckView>() }
  for await (const tick of ticks) {
    if (tick.kind === 'change') state = tick.value
    for (const node of (state.get('nodes') ?? []).map(readNode))
      remembered.nodes.set(node.name, node)
    for (const check of (state.get('checks') ?? []).map(readCheck))
      if (check.failed || !remembered.checks.get(check.name)?.failed)
        remembered.checks.set(check.name, check)
    const at = ctx.clock.now()
    const chaos = children.update(
      [...state.entries()].filter(([key]) => key.startsWith('chaos:')).flatMap(([, v]) => v),
      at
    )
    const [workflow] = state.get('workflow') ?? []
    const look = workflowObservation(
      workflow ? readWorkflow(workflow) : undefined,
      [...remembered.nodes.values()],
      chaos,
      [...remembered.checks.values()],
      { at, affected: children.affected }
    )
    recheckAt = look.recheckAt
    yield look.observation
  }
}

/** Everything worth following for one workflow, by the key the observer reads it under. */
function workflowRefs(target: WorkflowTarget): ReadonlyMap<string, CollectionRef> {
  const byLabel = (kind: string): CollectionRef => ({
    apiVersion: CHAOS_MESH_API_VERSION,
    kind,
    namespace: target.namespace,
    labelSelector: `${WORKFLOW_LABEL}=${target.name}`
  })
  const refs = new Map<string, CollectionRef>([
    [
      'workflow',
      {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: WORKFLOW.kind,
        namespace: target.namespace,
        fieldSelector: `metadata.name=${target.name}`
      }
    ],
    ['nodes', byLabel(WORKFLOW_NODE.kind)]
  ])
  for (const kind of target.chaosKinds) refs.set(`chaos:${kind}`, byLabel(kind))
  if (target.hasStatusChecks) refs.set('checks', byLabel(STATUS_CHECK.kind))
  return refs
}
