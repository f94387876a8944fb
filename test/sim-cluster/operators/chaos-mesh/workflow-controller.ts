import type { Clock } from '../../../../src/util/clock'
import type { Reconciler } from '../../controllers/controller-runtime'
import type { EventRecorder } from '../../controllers/event-recorder'
import { keyFor, splitKey } from '../../controllers/keys'
import { refOf, type SystemClient } from '../../controllers/system-client'
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
import type { SimTiming } from '../../options'
import type { StoreChange } from '../../store/object-store'
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
    private readonly client: SystemClient,
    private readonly events: EventRecorder,
    private readonly clock: Clock,
    private readonly timing: SimTiming
  ) {}

  keysFor(change: StoreChange): readonly string[] {
    if (change.resource.group !== 'chaos-mesh.org') return []
    if (change.resource.kind === 'Workflow')
      return change.type === 'DELETED' ? [] : [keyFor(change.object)]
    if (change.resource.kind !== 'WorkflowNode') return []
    const workflow = labelsOf(change.object)[LABEL_WORKFLOW]
    return workflow ? [`${namespaceOf(change.object)}/${workflow}`] : []
  }

  reconcile(key: string): void {
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
      entry = this.client.create(
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
    if (annotationsOf(workflow)[ABORT_ANNOTATION] === 'true') this.abortEntry(workflow, entry)
    this.writeStatus(workflow, entry)
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

  private abortEntry(workflow: JsonObject, entry: JsonObject): void {
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
    this.client.mutate(
      refOf(entry),
      (node) => setNodeCondition(node, 'Aborted', 'True', 'WorkflowAborted'),
      true
    )
  }

  private writeStatus(workflow: JsonObject, entry: JsonObject): void {
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
    const updated = this.client.mutate(
      refOf(workflow),
      (obj) => {
        obj['status'] = status
      },
      true
    )
    const wasDone = arrayAt(old, 'conditions').some(
      (c) => isObject(c) && c['type'] === 'Accomplished' && c['status'] === 'True'
    )
    if (updated && done && !wasDone)
      this.events.record(
        updated,
        'Normal',
        'WorkflowAccomplished',
        'Workflow accomplished',
        'workflow-entry'
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
