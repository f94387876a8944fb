import type { Clock } from '../../clock'
import { keyFor, splitKey } from '../../controllers/keys'
import {
  clone,
  deepEqual,
  ensureObject,
  type JsonObject,
  objectAt,
  stringAt
} from '../../core/json'
import { controllerOf, isDeleting, labelsOf, metaOf, namespaceOf } from '../../core/meta'
import type { OperatorTiming } from '../../options'
import type { FirstSeen } from '../first-seen'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import type { WatchChange } from '../runtime/informer'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import type { Reconciler, Requeue } from '../runtime/operator-manager'
import { CHAOS_MESH_API } from './kinds'
import { WorkflowNodeChildren } from './workflow-node-children'
import {
  ABORT_ANNOTATION,
  LABEL_CONTROLLED_BY,
  nodeCondition,
  setNodeCondition
} from './workflow-nodes'

/**
 * The WorkflowNode reconcilers (deadline, serial, parallel, suspend, chaos, status check,
 * abort): children spawned from templates, chaos CRs created and deleted again when the node
 * finishes, StatusChecks whose failure with abortWithStatusCheck aborts the workflow.
 */
export class WorkflowNodeController implements Reconciler {
  readonly name = 'chaos-mesh-workflow-node'
  private readonly children: WorkflowNodeChildren

  constructor(
    private readonly client: OperatorClient,
    events: HttpEventRecorder,
    private readonly clock: Clock,
    timing: OperatorTiming,
    firstSeen: FirstSeen
  ) {
    this.children = new WorkflowNodeChildren(client, events, clock, timing, firstSeen)
  }

  keysFor(change: WatchChange): readonly string[] {
    if (change.resource.group !== 'chaos-mesh.org') return []
    const keys: string[] = []
    if (change.resource.kind === 'WorkflowNode' && change.type !== 'DELETED') {
      keys.push(keyFor(change.object))
    }
    const parent = labelsOf(change.object)[LABEL_CONTROLLED_BY]
    if (parent && controllerOf(change.object)?.kind === 'WorkflowNode') {
      keys.push(`${namespaceOf(change.object)}/${parent}`)
    }
    return keys
  }

  async reconcile(key: string): Promise<Requeue | void> {
    const { namespace, name } = splitKey(key)
    const node = this.client.get({
      apiVersion: CHAOS_MESH_API,
      kind: 'WorkflowNode',
      namespace,
      name
    })
    if (!node || isDeleting(node)) return
    const workflow = this.client.get({
      apiVersion: CHAOS_MESH_API,
      kind: 'Workflow',
      namespace,
      name: stringAt(objectAt(node, 'spec'), 'workflowName') ?? ''
    })
    if (!workflow) return
    const next = clone(node)
    const remaining = this.deadline(next)
    const type = stringAt(objectAt(node, 'spec'), 'type') ?? ''
    const aborted = nodeCondition(node, 'Aborted') === 'True'
    let abort = false
    if (type === 'Serial' || type === 'Parallel')
      await this.children.composite(next, workflow, type, aborted)
    else if (type === 'Suspend') setNodeCondition(next, 'Accomplished', 'False', '')
    else if (type === 'Task') setNodeCondition(next, 'Accomplished', 'True', 'NodeAccomplished')
    else if (type === 'StatusCheck') abort = await this.statusCheck(next)
    else await this.children.chaos(next, workflow, aborted)
    if (!deepEqual(objectAt(next, 'status'), objectAt(node, 'status'))) {
      await this.client.update(next, true)
    }
    // After the node's own status, so whoever sees the abort sees why.
    if (abort) await this.abortWorkflow(workflow)
    return remaining !== undefined && remaining > 0 ? { afterMs: remaining } : undefined
  }

  /** DeadlineExceed from spec.deadline; returns ms until it passes. */
  private deadline(node: JsonObject): number | undefined {
    const deadline = Date.parse(stringAt(objectAt(node, 'spec'), 'deadline') ?? '')
    if (Number.isNaN(deadline)) return undefined
    const remaining = deadline - this.clock.now()
    if (remaining > 0) setNodeCondition(node, 'DeadlineExceed', 'False', 'NodeDeadlineNotExceed')
    else if (nodeCondition(node, 'DeadlineExceed') !== 'True') {
      const accomplished = nodeCondition(node, 'Accomplished') === 'True'
      setNodeCondition(
        node,
        'DeadlineExceed',
        'True',
        accomplished ? 'NodeDeadlineOmitted' : 'NodeDeadlineExceed'
      )
    }
    return remaining
  }

  /** Returns whether the workflow must be aborted. */
  private async statusCheck(node: JsonObject): Promise<boolean> {
    const failed = await this.children.statusCheck(node)
    const abort =
      nodeCondition(node, 'Aborted') === 'True' ||
      (objectAt(node, 'spec')?.['abortWithStatusCheck'] === true && failed)
    setNodeCondition(
      node,
      'Aborted',
      abort ? 'True' : 'False',
      abort ? 'StatusCheckNotExceedSuccessThreshold' : ''
    )
    return abort
  }

  /** AbortNodeReconciler for a StatusCheck node: annotate the workflow to abort. */
  private async abortWorkflow(workflow: JsonObject): Promise<void> {
    await this.client.mutate(refOf(workflow), (wf) => {
      const annotations = ensureObject(metaOf(wf), 'annotations')
      if (annotations[ABORT_ANNOTATION] === 'true') return false
      annotations[ABORT_ANNOTATION] = 'true'
      return true
    })
  }
}
