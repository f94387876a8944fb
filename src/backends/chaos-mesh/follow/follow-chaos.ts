/**
 * Follows one chaos object by watch and turns each change into an Observation
 * (observation/chaos-observation.ts), waking up on its own when a bound expires. While nothing is selected it also reads the object's
 * Warning events, because "no target has been selected" is only ever said there.
 */
import type { KubeObject } from '../../../manifest/model'
import { errorMessage } from '../../../util/errors'
import type { Observation, RunContext } from '../../backend'
import { distinctObservations } from '../../kube/distinct-observations'
import { follow } from '../../kube/follow'
import type { CollectionRef, KubeObjects } from '../../kube/port'
import { withDeadlines } from '../../kube/with-deadlines'
import { chaosObservation } from '../observation/chaos-observation'
import { type ChaosView, readChaos } from '../status/chaos-status'

/** How often Events are read while the controller has run but selected nothing. */
const EVENT_POLL_MS = 2_000

export interface ChaosTarget {
  readonly apiVersion: string
  readonly kind: string
  readonly namespace: string
  readonly name: string
  /** When the gate created it (epoch ms), the start of the injection bound. */
  readonly submittedAt: number
}

export function followChaos(
  kube: KubeObjects,
  target: ChaosTarget,
  ctx: RunContext,
  injectionBoundMs: number
): AsyncGenerator<Observation> {
  return distinctObservations(chaosLooks(kube, target, ctx, injectionBoundMs))
}

/** The chaos object's observation after every change and at every bound. */
async function* chaosLooks(
  kube: KubeObjects,
  target: ChaosTarget,
  ctx: RunContext,
  injectionBoundMs: number
): AsyncGenerator<Observation> {
  const { clock } = ctx
  const ref: CollectionRef = {
    apiVersion: target.apiVersion,
    kind: target.kind,
    namespace: target.namespace,
    fieldSelector: `metadata.name=${target.name}`
  }
  let view: ChaosView | undefined
  let recheckAt: number | undefined
  let noTargetReason: string | undefined
  const ticks = withDeadlines((signal) => follow(kube, ref, { clock, signal, log: ctx.log }), {
    clock,
    signal: ctx.signal,
    nextAt: () => recheckAt
  })
  for await (const tick of ticks) {
    if (tick.kind === 'change') view = viewOf(tick.value.objects[0])
    const unselected = view !== undefined && !view.records && view.conditions.has('Selected')
    if (unselected && view && noTargetReason === undefined)
      noTargetReason = await noTargetEvent(kube, view, ctx)
    const at = clock.now()
    const { observation, recheckAt: next } = chaosObservation(view, {
      at,
      submittedAt: target.submittedAt,
      injectionBoundMs,
      ...(noTargetReason !== undefined && { noTargetReason })
    })
    recheckAt = unselected && next !== undefined ? Math.min(next, at + EVENT_POLL_MS) : next
    yield observation
  }
}

function viewOf(object: KubeObject | undefined): ChaosView | undefined {
  return object ? readChaos(object) : undefined
}

/** Chaos Mesh's Warning "no target has been selected", if it has said so; never throws. */
async function noTargetEvent(
  kube: KubeObjects,
  view: ChaosView,
  ctx: RunContext
): Promise<string | undefined> {
  try {
    const events = await kube.list(
      {
        apiVersion: 'v1',
        kind: 'Event',
        namespace: view.namespace,
        fieldSelector: `involvedObject.name=${view.name},reason=Failed`
      },
      ctx.signal
    )
    const found = events.items.find(
      (e) => e.involvedObject !== undefined && /no target/i.test(String(e.message))
    )
    return found ? String(found.message) : undefined
  } catch (err) {
    ctx.log.debug(`chaos-mesh: cannot read the events of ${view.name}: ${errorMessage(err)}`)
    return undefined
  }
}
