import type { Clock } from '../../clock'
import { arrayAt, clone, isObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import {
  annotationsOf,
  controllerOf,
  controllerRefTo,
  nameOf,
  namespaceOf,
  uidOf
} from '../../core/meta'
import type { OperatorTiming } from '../../options'
import { OUTCOME_ANNOTATION } from '../outcome'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import type { OperatorClient } from '../runtime/operator-client'
import { CHAOS_MESH_API, EMBED_KEYS } from './kinds'
import { LABEL_CONTROLLED_BY, LABEL_WORKFLOW, renderNode, templateOf } from './workflow-nodes'

/** Creates what WorkflowNodes spawn: child nodes, chaos CRs (or Schedules), StatusChecks. */
export class WorkflowSpawner {
  constructor(
    private readonly client: OperatorClient,
    private readonly events: HttpEventRecorder,
    private readonly clock: Clock,
    private readonly timing: OperatorTiming
  ) {}

  /** The children of `kind` a node controls (label controlled-by and controller ref). */
  owned(node: JsonObject, kind: string): JsonObject[] {
    if (!this.client.has(CHAOS_MESH_API, kind)) return []
    return this.client
      .list(CHAOS_MESH_API, kind, namespaceOf(node), `${LABEL_CONTROLLED_BY}=${nameOf(node)}`)
      .filter((c) => controllerOf(c)?.uid === uidOf(node))
  }

  async spawnNode(
    parent: JsonObject,
    workflow: JsonObject,
    templateName: string
  ): Promise<JsonObject> {
    const template = templateOf(workflow, templateName) ?? {
      name: templateName,
      templateType: 'Suspend'
    }
    const child = await this.client.create(
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

  async spawnChaos(node: JsonObject, workflow: JsonObject, type: string): Promise<JsonObject> {
    const spec = objectAt(node, 'spec') ?? {}
    const embedded =
      type === 'Schedule' ? objectAt(spec, 'schedule') : objectAt(spec, EMBED_KEYS[type] ?? '')
    const outcome = childOutcome(node, 'chaos', hasStatusCheck(workflow))
    const cr = await this.client.create(this.child(node, type, clone(embedded ?? {}), outcome))
    this.events.record(
      node,
      'Normal',
      'ChaosCustomResourceCreated',
      `Chaos custom resource ${type} ${nameOf(cr)} created`,
      'workflow-chaos-node'
    )
    return cr
  }

  async spawnStatusCheck(node: JsonObject): Promise<JsonObject> {
    const spec = clone(objectAt(objectAt(node, 'spec'), 'statusCheck') ?? {})
    const check = await this.client.create(
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
    (t) => isObject(t) && t['templateType'] === 'StatusCheck'
  )
}
