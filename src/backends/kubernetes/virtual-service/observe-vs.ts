/**
 * Follows a faulted VirtualService by watch while the fault is applied, and takes the fault off
 * when the experiment's duration is over (Istio has no duration of its own): then it is finished.
 * Someone deleting it, or restoring it, meanwhile ends the experiment as stopped outside the gate.
 */
import type { KubeObject } from '../../../manifest/model'
import { errorMessage } from '../../../util/errors'
import type { Handle, Observation, RunContext } from '../../backend'
import { follow } from '../../kube/follow'
import type { KubeObjects, ObjectRef } from '../../kube/port'
import { withDeadlines } from '../../kube/with-deadlines'
import { RUN_ID_LABEL } from '../../labels'
import { describeFault } from './describe-fault'
import { restoreHints } from './hints'
import { restoreVs } from './restore'
import { VIRTUAL_SERVICE } from './virtual-service'

export async function* observeVs(
  kube: KubeObjects,
  handle: Handle,
  ctx: RunContext
): AsyncGenerator<Observation> {
  const ref: ObjectRef = {
    apiVersion: handle.apiVersion ?? 'networking.istio.io/v1',
    kind: VIRTUAL_SERVICE,
    namespace: handle.namespace ?? '',
    name: handle.name
  }
  const endsAt = Number(handle.data?.endsAt ?? ctx.clock.now())
  const what = `VirtualService ${ref.namespace ?? ''}/${ref.name}`
  let current: KubeObject | undefined
  let announced = false
  const ticks = withDeadlines(
    (signal) =>
      follow(
        kube,
        { ...ref, fieldSelector: `metadata.name=${ref.name}` },
        { clock: ctx.clock, signal, log: ctx.log }
      ),
    { clock: ctx.clock, signal: ctx.signal, nextAt: () => endsAt }
  )
  for await (const tick of ticks) {
    const at = ctx.clock.now()
    if (tick.kind === 'change') current = tick.value.objects[0]
    if (at >= endsAt) {
      yield await takeOff(kube, ref, handle, ctx, what)
      return
    }
    if (!current || current.metadata.labels?.[RUN_ID_LABEL] !== ctx.runId) {
      yield {
        at,
        phase: 'stopped',
        message: `${what} was ${current ? 'restored' : 'deleted'} outside the gate`,
        terminal: true
      }
      return
    }
    if (announced) continue
    announced = true
    yield {
      at,
      phase: 'injected',
      message: `${describeFault(current)} applied to ${what} until ${new Date(endsAt).toISOString()}`,
      terminal: false
    }
  }
}

async function takeOff(
  kube: KubeObjects,
  ref: ObjectRef,
  handle: Handle,
  ctx: RunContext,
  what: string
): Promise<Observation> {
  const at = (): number => ctx.clock.now()
  try {
    const done = await restoreVs(kube, ref, restoreHints(handle, ctx.runId))
    const how =
      done === 'deleted' ? 'deleted (the gate had created it)' : 'restored to its original'
    return {
      at: at(),
      phase: 'finished',
      message: `the duration is over: ${what} ${how}`,
      terminal: true
    }
  } catch (err) {
    return {
      at: at(),
      phase: 'failed',
      verdict: 'error',
      message: `the fault could not be taken off ${what}: ${errorMessage(err)}`,
      terminal: true
    }
  }
}
