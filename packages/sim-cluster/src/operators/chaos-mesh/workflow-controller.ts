import type { Clock } from '../../clock'
import { keyFor, splitKey } from '../../controllers/keys'
import { arrayAt, deepEqual, isObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import {
  annotationsOf,
  byCreation,
  controllerOf,
  isDeleting,
  labelsOf,
  nameOf,
  namespaceOf,
  timestamp,
  uidOf
} from '../../core/meta'
import type { OperatorTiming } from '../../options'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import type { WatchChange } from '../runtime/informer'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import type { Reconciler } from '../runtime/operator-manager'
import { CHAOS_MESH_API } from './kinds'
import {
  ABORT_ANNOTATION,
  LABEL_CONTROLLED_BY,
  LABEL_WORKFLOW,
  nodeFinished,
  renderNode,
  setNodeCondition,
  templateOf
} from './workflow-nodes'

/**
 * The workflow entry and abort reconcilers: one entry WorkflowNode per Workflow, status
 * entryNode / startTime / conditions Scheduled and Accomplished (with endTime once the entry
 * node finished), and the abort annotation turned into Aborted=True on the entry node.
 */
export class WorkflowController implements Reconciler {
  readonly name = 'chaos-mesh-workflow'

  constructor(
    private readonly client: OperatorClient,
    private readonly events: HttpEventRecorder,
    private readonly clock: Clock,
    private readonly timing: OperatorTiming
  ) {}

  keysFor(change: WatchChange): readonly string[] {
    if (change.resource.group !== 'chaos-mesh.org') return []
    if (change.resource.kind === 'Workflow')
      return change.type === 'DELETED' ? [] : [keyFor(change.object)]
    if (change.resource.kind !== 'WorkflowNode') return []
    const workflow = labelsOf(change.object)[LABEL_WORKFLOW]
    return workflow ? [`${namespaceOf(change.object)}/${workflow}`] : []
  }

  async reconcile(key: string): Promise<void> {
    const { namespace, name } = splitKey(key)
    const workflow = this.client.get({
      apiVersion: CHAOS_MESH_API,
      kind: 'Workflow',
      namespace,
      name
    })
    if (!workflow || isDeleting(workflow)) return
    let entry = this.entryNode(workflow)
    if (!entry) {
      const template = templateOf(workflow, stringAt(objectAt(workflow, 'spec'), 'entry') ?? '')
      if (!template) return
      entry = await this.client.create(
        renderNode(workflow, undefined, template, this.clock.now(), this.timing.chaosSecondMs)
      )
      this.events.record(
        workflow,
        'Normal',
        'EntryCreated',
        `Entry node created: ${nameOf(entry)}`,
        'workflow-entry'
      )
    }
    if (annotationsOf(workflow)[ABORT_ANNOTATION] === 'true') await this.abortEntry(workflow, entry)
    await this.writeStatus(workflow, entry)
  }

  private entryNode(workflow: JsonObject): JsonObject | undefined {
    return this.client
      .list(
        CHAOS_MESH_API,
        'WorkflowNode',
        namespaceOf(workflow),
        `${LABEL_CONTROLLED_BY}=${nameOf(workflow)}`
      )
      .filter((n) => controllerOf(n)?.uid === uidOf(workflow))
      .sort(byCreation)[0]
  }

  private async abortEntry(workflow: JsonObject, entry: JsonObject): Promise<void> {
    const aborted = arrayAt(objectAt(entry, 'status'), 'conditions').some(
      (c) => isObject(c) && c['type'] === 'Aborted' && c['status'] === 'True'
    )
    if (aborted) return
    this.events.record(
      entry,
      'Warning',
      'WorkflowAborted',
      `Workflow ${nameOf(workflow)} aborted`,
      'workflow-abort'
    )
    await this.client.mutate(
      refOf(entry),
      (node) => setNodeCondition(node, 'Aborted', 'True', 'WorkflowAborted'),
      true
    )
  }

  private async writeStatus(workflow: JsonObject, entry: JsonObject): Promise<void> {
    const old = objectAt(workflow, 'status') ?? {}
    const now = timestamp(this.clock.now())
    const done = nodeFinished(entry)
    const conditions = [
      condition(old, 'Scheduled', 'True', now),
      condition(old, 'Accomplished', done ? 'True' : 'False', now)
    ]
    const status: JsonObject = {
      entryNode: nameOf(entry),
      startTime: stringAt(old, 'startTime') ?? now,
      conditions,
      ...(done ? { endTime: stringAt(old, 'endTime') ?? now } : {})
    }
    if (deepEqual(old, status)) return
    const wasDone = arrayAt(old, 'conditions').some(
      (c) => isObject(c) && c['type'] === 'Accomplished' && c['status'] === 'True'
    )
    // The event before the write it describes: the client sends it ahead of its next write.
    if (done && !wasDone)
      this.events.record(
        workflow,
        'Normal',
        'WorkflowAccomplished',
        'Workflow accomplished',
        'workflow-entry'
      )
    await this.client.mutate(
      refOf(workflow),
      (obj) => {
        obj['status'] = status
      },
      true
    )
  }
}

/** A WorkflowCondition, keeping startTime while its status does not change. */
function condition(old: JsonObject, type: string, status: string, now: string): JsonObject {
  const previous = arrayAt(old, 'conditions').find((c) => isObject(c) && c['type'] === type)
  const same = isObject(previous) && previous['status'] === status
  return {
    type,
    status,
    reason: '',
    startTime: same ? (stringAt(previous, 'startTime') ?? now) : now
  }
}
