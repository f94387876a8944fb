/**
 * Waits, by watch, until a collection reaches a state: done (recovered, gone), stuck (Chaos Mesh
 * keeps failing to recover, so waiting longer is pointless), or the bound passes. Abort and
 * cleanup use it so they never poll and never wait without a limit.
 */
import type { KubeObject } from '../../../manifest/model'
import type { Clock } from '../../../util/clock'
import { errorMessage } from '../../../util/errors'
import type { Log } from '../../../util/log'
import { follow } from '../../kube/follow'
import type { CollectionRef, KubeObjects } from '../../kube/port'

export type Judgement = 'done' | 'stuck' | 'wait'

export interface AwaitOptions {
  readonly clock: Clock
  readonly log: Log
  readonly signal: AbortSignal
  readonly boundMs: number
}

/** How the wait ended, and the objects as last seen. */
export interface Awaited {
  readonly outcome: 'done' | 'stuck' | 'timeout'
  readonly objects: readonly KubeObject[]
}

export async function awaitState(
  kube: KubeObjects,
  ref: CollectionRef,
  judge: (objects: readonly KubeObject[]) => Judgement,
  options: AwaitOptions
): Promise<Awaited> {
  const bound = new AbortController()
  const signal = AbortSignal.any([options.signal, bound.signal])
  options.clock.sleep(options.boundMs, signal).then(
    () => bound.abort(),
    () => undefined
  )
  let objects: readonly KubeObject[] = []
  try {
    for await (const snapshot of follow(kube, ref, {
      clock: options.clock,
      signal,
      log: options.log
    })) {
      objects = snapshot.objects
      const judgement = judge(objects)
      if (judgement !== 'wait') return { outcome: judgement, objects }
    }
  } catch (err) {
    options.log.warn(`chaos-mesh: following ${ref.kind} failed: ${errorMessage(err)}`)
  } finally {
    bound.abort()
  }
  return { outcome: 'timeout', objects }
}
