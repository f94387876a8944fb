/**
 * Follows the pods of every workload a pod-kill hit, by watch, until each workload is back to its
 * desired Ready replicas (the restore time is the recovery) or the restore timeout passes.
 */
import type { Handle, Observation, RunContext } from '../../backend'
import { distinctObservations } from '../../kube/distinct-observations'
import { followAll, type Followed } from '../../kube/follow-all'
import type { CollectionRef, KubeObjects } from '../../kube/port'
import { withDeadlines } from '../../kube/with-deadlines'
import { readyCounts, restoreObservation } from './restore'
import { describeWorkload, parseWorkloads } from './workloads'

export function observePodKill(
  kube: KubeObjects,
  handle: Handle,
  ctx: RunContext
): AsyncGenerator<Observation> {
  return distinctObservations(restoreLooks(kube, handle, ctx))
}

/** The restore's observation after every change and at the restore timeout. */
async function* restoreLooks(
  kube: KubeObjects,
  handle: Handle,
  ctx: RunContext
): AsyncGenerator<Observation> {
  const data = handle.data ?? {}
  const workloads = parseWorkloads(data.workloads)
  const victims = (data.victims ?? '').split(',').filter(Boolean)
  const killedAt = Number(data.killedAt)
  const restoreTimeoutMs = Number(data.restoreTimeoutMs)
  if (workloads.length === 0 || !Number.isFinite(killedAt) || !Number.isFinite(restoreTimeoutMs)) {
    yield {
      at: ctx.clock.now(),
      phase: 'failed',
      verdict: 'error',
      message: `the pod-kill handle ${handle.name} does not say which workloads to watch`,
      terminal: true
    }
    return
  }
  const refs = new Map<string, CollectionRef>(
    workloads.map((w) => [
      describeWorkload(w),
      { apiVersion: 'v1', kind: 'Pod', namespace: w.namespace, labelSelector: w.selector }
    ])
  )
  let recheckAt: number | undefined
  let pods: Followed<string> = new Map()
  const ticks = withDeadlines(
    (signal) => followAll(kube, refs, { clock: ctx.clock, signal, log: ctx.log }),
    { clock: ctx.clock, signal: ctx.signal, nextAt: () => recheckAt }
  )
  for await (const tick of ticks) {
    if (tick.kind === 'change') pods = tick.value
    const look = restoreObservation(workloads, readyCounts(workloads, pods, victims), {
      at: ctx.clock.now(),
      killedAt,
      restoreTimeoutMs,
      victims
    })
    recheckAt = look.recheckAt
    yield look.observation
  }
}
