import type { Clock } from '../../clock'
import { arrayAt, ensureObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import { isDeleting, nameOf } from '../../core/meta'
import type { OperatorTiming } from '../../options'
import type { FirstSeen } from '../first-seen'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import { isFinished } from './finished'
import { statusCheckCompleted, statusCheckFailed } from './status-check-controller'
import { nodeCondition, nodeFinished, setNodeCondition } from './workflow-nodes'
import { WorkflowSpawner } from './workflow-spawner'

/** The children a WorkflowNode spawns and reaps, one method per node family. */
export class WorkflowNodeChildren {
  private readonly spawner: WorkflowSpawner

  constructor(
    private readonly client: OperatorClient,
    private readonly events: HttpEventRecorder,
    private readonly clock: Clock,
    private readonly timing: OperatorTiming,
    private readonly firstSeen: FirstSeen
  ) {
    this.spawner = new WorkflowSpawner(client, events, clock, timing)
  }

  /**
   * Serial: one child at a time, in order; Parallel: all at once. An aborted node spawns no
   * more children, passes Aborted on to the active ones, and counts as done when none is left.
   */
  async composite(
    node: JsonObject,
    workflow: JsonObject,
    type: 'Serial' | 'Parallel',
    aborted: boolean
  ): Promise<void> {
    const templates = arrayAt(objectAt(node, 'spec'), 'children').filter(
      (c): c is string => typeof c === 'string'
    )
    const children = this.spawner.owned(node, 'WorkflowNode')
    const byTemplate = (t: string): JsonObject | undefined =>
      children.find((c) => stringAt(objectAt(c, 'spec'), 'templateName') === t)
    const active = children.filter((c) => !nodeFinished(c))
    if (!aborted) {
      for (const name of templates) {
        const existing = byTemplate(name)
        if (existing && nodeFinished(existing)) continue
        if (!existing && (type === 'Parallel' || active.length === 0))
          active.push(await this.spawner.spawnNode(node, workflow, name))
        if (type === 'Serial') break
      }
    }
    for (const child of active) if (aborted) await this.propagateAbort(child, node)
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
  async chaos(node: JsonObject, workflow: JsonObject, aborted: boolean): Promise<void> {
    const type = stringAt(objectAt(node, 'spec'), 'type') ?? ''
    const existing = this.spawner.owned(node, type)
    if (nodeFinished(node) || aborted) {
      for (const cr of existing) {
        if (isDeleting(cr)) continue
        await this.client.delete(refOf(cr))
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
      existing.push(await this.spawner.spawnChaos(node, workflow, type))
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
  async statusCheck(node: JsonObject): Promise<boolean> {
    const checks = this.spawner.owned(node, 'StatusCheck')
    if (nodeFinished(node)) {
      for (const check of checks) if (!isDeleting(check)) await this.client.delete(refOf(check))
      return false
    }
    const check = checks[0] ?? (await this.spawner.spawnStatusCheck(node))
    const completed = statusCheckCompleted(check)
    setNodeCondition(
      node,
      'Accomplished',
      completed ? 'True' : 'False',
      completed ? 'StatusCheckCompleted' : ''
    )
    return statusCheckFailed(check)
  }

  private async propagateAbort(child: JsonObject, parent: JsonObject): Promise<void> {
    if (nodeCondition(child, 'Aborted') === 'True') return
    await this.client.mutate(
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
