import type { Clock } from '../../../../src/util/clock'
import type { Reconciler, Requeue } from '../../controllers/controller-runtime'
import type { EventRecorder } from '../../controllers/event-recorder'
import { keyFor, splitKey } from '../../controllers/keys'
import { refOf, type SystemClient } from '../../controllers/system-client'
import {
  clone,
  deepEqual,
  ensureObject,
  type JsonObject,
  objectAt,
  stringAt
} from '../../core/json'
import { controllerOf, isDeleting, labelsOf, metaOf, namespaceOf } from '../../core/meta'
import type { SimTiming } from '../../options'
import type { StoreChange } from '../../store/object-store'
import type { FirstSeen } from '../first-seen'
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
    private readonly client: SystemClient,
    events: EventRecorder,
    private readonly clock: Clock,
    timing: SimTiming,
    firstSeen: FirstSeen
  ) {
    this.children = new WorkflowNodeChildren(client, events, clock, timing, firstSeen)
  }

  keysFor(change: StoreChange): readonly string[] {
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

  reconcile(key: string): Requeue | void {
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
    if (type === 'Serial' || type === 'Parallel')
      this.children.composite(next, workflow, type, aborted)
    else if (type === 'Suspend') setNodeCondition(next, 'Accomplished', 'False', '')
    else if (type === 'Task') setNodeCondition(next, 'Accomplished', 'True', 'NodeAccomplished')
    else if (type === 'StatusCheck') this.statusCheck(next, workflow)
    else this.children.chaos(next, workflow, aborted)
    if (!deepEqual(objectAt(next, 'status'), objectAt(node, 'status'))) {
      this.client.update(next, true)
    }
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

  private statusCheck(node: JsonObject, workflow: JsonObject): void {
    const failed = this.children.statusCheck(node)
    const abort =
      nodeCondition(node, 'Aborted') === 'True' ||
      (objectAt(node, 'spec')?.['abortWithStatusCheck'] === true && failed)
    setNodeCondition(
      node,
      'Aborted',
      abort ? 'True' : 'False',
      abort ? 'StatusCheckNotExceedSuccessThreshold' : ''
    )
    if (abort) this.abortWorkflow(workflow)
  }

  /** AbortNodeReconciler for a StatusCheck node: annotate the workflow to abort. */
  private abortWorkflow(workflow: JsonObject): void {
    this.client.mutate(refOf(workflow), (wf) => {
      const annotations = ensureObject(metaOf(wf), 'annotations')
      if (annotations[ABORT_ANNOTATION] === 'true') return false
      annotations[ABORT_ANNOTATION] = 'true'
      return true
    })
  }
}
