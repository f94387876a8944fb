/**
 * The chaos objects a Schedule or a Workflow spawns, followed together: each judged like a
 * standalone fault (its injection bound runs from when the gate first saw it), and every target
 * any of them ever injected remembered, because Chaos Mesh deletes a workflow's chaos once its node
 * is done and a Schedule's history is garbage-collected.
 */
import type { KubeObject } from '../../../manifest/model'
import { chaosObservation } from '../observation/chaos-observation'
import type { ChaosLook } from '../observation/look'
import { readChaos } from '../status/chaos-status'

/** One spawned chaos object and how it stands. */
export interface ChildLook {
  readonly name: string
  readonly kind: string
  /** The WorkflowNode or template that spawned it, when it says (`chaos-mesh.org/controlled-by`). */
  readonly node: string | undefined
  readonly look: ChaosLook
}

export class ChaosChildren {
  private readonly firstSeen = new Map<string, number>()
  private readonly targets = new Set<string>()

  constructor(private readonly injectionBoundMs: number) {}

  /** Judges the children present now; remembers the targets they reached. */
  update(objects: readonly KubeObject[], at: number): readonly ChildLook[] {
    return objects.map((object) => {
      const view = readChaos(object)
      const uid = object.metadata.uid
      const key = typeof uid === 'string' ? uid : view.name
      const seen = this.firstSeen.get(key) ?? at
      this.firstSeen.set(key, seen)
      for (const r of view.records ?? [])
        if (r.phase === 'injected' || r.injectedCount > 0) this.targets.add(r.id)
      return {
        name: view.name,
        kind: view.kind,
        node: object.metadata.labels?.['chaos-mesh.org/controlled-by'],
        look: chaosObservation(view, {
          at,
          submittedAt: seen,
          injectionBoundMs: this.injectionBoundMs
        })
      }
    })
  }

  /** Distinct targets any child has injected so far. */
  get affected(): number {
    return this.targets.size
  }

  /** How many children the gate has seen in all. */
  get seen(): number {
    return this.firstSeen.size
  }
}
