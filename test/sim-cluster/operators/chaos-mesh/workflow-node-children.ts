import type { Clock } from '../../../../src/util/clock'
import type { EventRecorder } from '../../controllers/event-recorder'
import { refOf, type SystemClient } from '../../controllers/system-client'
import { arrayAt, clone, ensureObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import {
  annotationsOf,
  controllerOf,
  controllerRefTo,
  isDeleting,
  nameOf,
  namespaceOf,
  uidOf
} from '../../core/meta'
import type { SimTiming } from '../../options'
import type { FirstSeen } from '../first-seen'
import { OUTCOME_ANNOTATION } from '../outcome'
import { isFinished } from './finished'
import { CHAOS_MESH_API, EMBED_KEYS } from './kinds'
import { statusCheckCompleted, statusCheckFailed } from './status-check-controller'
import {
  LABEL_CONTROLLED_BY,
  LABEL_WORKFLOW,
  nodeCondition,
  nodeFinished,
  renderNode,
  setNodeCondition,
  templateOf
} from './workflow-nodes'

/** The children a WorkflowNode spawns and reaps, one method per node family. */
export class WorkflowNodeChildren {
  constructor(
    private readonly client: SystemClient,
    private readonly events: EventRecorder,
    private readonly clock: Clock,
    private readonly timing: SimTiming,
    private readonly firstSeen: FirstSeen
  ) {}

  /**
   * Serial: one child at a time, in order; Parallel: all at once. An aborted node spawns no
   * more children, passes Aborted on to the active ones, and counts as done when none is left.
   */
  composite(
    node: JsonObject,
    workflow: JsonObject,
    type: 'Serial' | 'Parallel',
    aborted: boolean
  ): void {
    const templates = arrayAt(objectAt(node, 'spec'), 'children').filter(
      (c): c is string => typeof c === 'string'
    )
    const children = this.owned(node, 'WorkflowNode')
    const byTemplate = (t: string): JsonObject | undefined =>
      children.find((c) => stringAt(objectAt(c, 'spec'), 'templateName') === t)
    const active = children.filter((c) => !nodeFinished(c))
    if (!aborted) {
      for (const name of templates) {
        const existing = byTemplate(name)
        if (existing && nodeFinished(existing)) continue
        if (!existing && (type === 'Parallel' || active.length === 0))
          active.push(this.spawnNode(node, workflow, name))
        if (type === 'Serial') break
      }
    }
    for (const child of active) if (aborted) this.propagateAbort(child, node)
    const finished = templates.filter((t) => {
      const child = byTemplate(t)
      return child !== undefined && nodeFinished(child)
    })
    const status = ensureObject(node, 'status')
    status['activeChildren'] = active.map((c) => ({ name: nameOf(c) }))
    status['finishedChildren'] = children.filter(nodeFinished).map((c) => ({ name: nameOf(c) }))
    const done = finished.length === templates.length || (aborted && active.length === 0)
    setNodeCondition(node, 'Accomplished', done ? 'True' : 'False', done ? 'NodeAccomplished' : '')
  }

  /** A chaos (or Schedule) node: one CR while running, deleted once the node is finished. */
  chaos(node: JsonObject, workflow: JsonObject, aborted: boolean): void {
    const type = stringAt(objectAt(node, 'spec'), 'type') ?? ''
    const existing = this.owned(node, type)
    if (nodeFinished(node) || aborted) {
      for (const cr of existing) {
        if (isDeleting(cr)) continue
        this.client.delete(refOf(cr))
        this.events.record(
          node,
          'Normal',
          'ChaosCustomResourceDeleted',
          `Chaos custom resource ${type} ${nameOf(cr)} deleted`,
          'workflow-chaos-node'
        )
      }
      if (aborted) setNodeCondition(node, 'Accomplished', 'True', 'NodeAccomplished')
    } else if (existing.length === 0) {
      existing.push(this.spawnChaos(node, workflow, type))
    }
    const current = existing.find((cr) => !isDeleting(cr)) ?? existing[0]
    const status = ensureObject(node, 'status')
    if (current && !(nodeFinished(node) || aborted)) {
      status['chaosResource'] = { apiGroup: 'chaos-mesh.org', kind: type, name: nameOf(current) }
      setNodeCondition(node, 'ChaosInjected', 'True', 'ChaosCRCreated')
    } else {
      delete status['chaosResource']
      setNodeCondition(
        node,
        'ChaosInjected',
        'False',
        existing.length > 0 ? 'ChaosCRDeleted' : 'ChaosCRNotExists'
      )
    }
    const noDeadline = stringAt(objectAt(node, 'spec'), 'deadline') === undefined
    if (
      noDeadline &&
      current &&
      isFinished(current, this.clock.now(), this.timing.chaosSecondMs, (o) => this.firstSeen.of(o))
    ) {
      setNodeCondition(node, 'Accomplished', 'True', 'NodeAccomplished')
    }
  }

  /** A StatusCheck node; returns whether its check completed without success. */
  statusCheck(node: JsonObject): boolean {
    const checks = this.owned(node, 'StatusCheck')
    if (nodeFinished(node)) {
      for (const check of checks) if (!isDeleting(check)) this.client.delete(refOf(check))
      return false
    }
    const check = checks[0] ?? this.spawnStatusCheck(node)
    const completed = statusCheckCompleted(check)
    setNodeCondition(
      node,
      'Accomplished',
      completed ? 'True' : 'False',
      completed ? 'StatusCheckCompleted' : ''
    )
    return statusCheckFailed(check)
  }

  private owned(node: JsonObject, kind: string): JsonObject[] {
    if (!this.client.has(CHAOS_MESH_API, kind)) return []
    return this.client
      .list(CHAOS_MESH_API, kind, namespaceOf(node), `${LABEL_CONTROLLED_BY}=${nameOf(node)}`)
      .filter((c) => controllerOf(c)?.uid === uidOf(node))
  }

  private spawnNode(parent: JsonObject, workflow: JsonObject, templateName: string): JsonObject {
    const template = templateOf(workflow, templateName) ?? {
      name: templateName,
      templateType: 'Suspend'
    }
    const child = this.client.create(
      renderNode(workflow, parent, template, this.clock.now(), this.timing.chaosSecondMs)
    )
    this.events.record(
      parent,
      'Normal',
      'NodesCreated',
      `Child nodes created: ${nameOf(child)}`,
      'workflow-node'
    )
    return child
  }

  private spawnChaos(node: JsonObject, workflow: JsonObject, type: string): JsonObject {
    const spec = objectAt(node, 'spec') ?? {}
    const embedded =
      type === 'Schedule' ? objectAt(spec, 'schedule') : objectAt(spec, EMBED_KEYS[type] ?? '')
    const outcome = childOutcome(node, 'chaos', hasStatusCheck(workflow))
    const cr = this.client.create(this.child(node, type, clone(embedded ?? {}), outcome))
    this.events.record(
      node,
      'Normal',
      'ChaosCustomResourceCreated',
      `Chaos custom resource ${type} ${nameOf(cr)} created`,
      'workflow-chaos-node'
    )
    return cr
  }

  private spawnStatusCheck(node: JsonObject): JsonObject {
    const spec = clone(objectAt(objectAt(node, 'spec'), 'statusCheck') ?? {})
    const check = this.client.create(
      this.child(node, 'StatusCheck', spec, childOutcome(node, 'check', true))
    )
    this.events.record(
      node,
      'Normal',
      'StatusCheckCreated',
      `Status check ${nameOf(check)} created`,
      'workflow-status-check'
    )
    return check
  }

  private child(
    node: JsonObject,
    kind: string,
    spec: JsonObject,
    outcome: string | undefined
  ): JsonObject {
    return {
      apiVersion: CHAOS_MESH_API,
      kind,
      metadata: {
        generateName: `${nameOf(node)}-`,
        namespace: namespaceOf(node),
        labels: {
          [LABEL_CONTROLLED_BY]: nameOf(node),
          [LABEL_WORKFLOW]: stringAt(objectAt(node, 'spec'), 'workflowName') ?? ''
        },
        ...(outcome ? { annotations: { [OUTCOME_ANNOTATION]: outcome } } : {}),
        ownerReferences: [controllerRefTo(node)]
      },
      spec
    }
  }

  private propagateAbort(child: JsonObject, parent: JsonObject): void {
    if (nodeCondition(child, 'Aborted') === 'True') return
    this.client.mutate(
      refOf(child),
      (c) => setNodeCondition(c, 'Aborted', 'True', 'ParentNodeAborted'),
      true
    )
    this.events.record(
      child,
      'Warning',
      'ParentNodeAborted',
      `Parent node ${nameOf(parent)} aborted`,
      'workflow-abort'
    )
  }
}

/**
 * How a workflow's outcome annotation reaches what it spawns: `fail` scripts its StatusChecks
 * to fail while the chaos still injects (or, with no StatusCheck to fail, the chaos itself);
 * stuck and error go to its chaos CRs.
 */
function childOutcome(
  node: JsonObject,
  child: 'chaos' | 'check',
  withChecks: boolean
): string | undefined {
  const outcome = annotationsOf(node)[OUTCOME_ANNOTATION]
  if (outcome === 'fail' && withChecks) return child === 'check' ? 'fail' : undefined
  return child === 'chaos' ? outcome : undefined
}

function hasStatusCheck(workflow: JsonObject): boolean {
  return arrayAt(objectAt(workflow, 'spec'), 'templates').some(
    (t) =>
      typeof t === 'object' &&
      t !== null &&
      !Array.isArray(t) &&
      t['templateType'] === 'StatusCheck'
  )
}
