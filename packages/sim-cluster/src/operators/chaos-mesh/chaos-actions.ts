import {
  arrayAt,
  ensureObject,
  isObject,
  type JsonObject,
  numberAt,
  objectAt,
  stringAt
} from '../../core/json'
import type { Outcome } from '../outcome'
import type { OperatorClient } from '../runtime/operator-client'

/**
 * What Apply and Recover do to the simulated world, and how the scripted outcome makes them
 * fail. pod-kill really deletes the pod (its ReplicaSet replaces it); container-kill bumps
 * the container's restart count; other faults have no visible effect on pods.
 */
export async function applyFault(
  client: OperatorClient,
  chaos: JsonObject,
  id: string,
  outcome: Outcome
): Promise<string | undefined> {
  if (outcome === 'fail')
    return `simulated: failed to inject ${id}: the target refused the fault (sim.chaos-gate.dev/outcome: fail)`
  if (outcome === 'error') {
    return 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.244.0.1:31767: connect: connection refused" (sim.chaos-gate.dev/outcome: error)'
  }
  if (stringAt(chaos, 'kind') !== 'PodChaos') return undefined
  const action = stringAt(objectAt(chaos, 'spec'), 'action') ?? 'pod-kill'
  const [namespace = '', name = '', container] = id.split('/')
  const ref = { apiVersion: 'v1', kind: 'Pod', namespace, name }
  if (action === 'pod-kill') {
    const grace = numberAt(objectAt(chaos, 'spec'), 'gracePeriod') ?? 0
    await client.delete(ref, { gracePeriodSeconds: grace })
  } else if (action === 'container-kill' && container) {
    await client.mutate(ref, (pod) => restartContainer(pod, container), true)
  } else if (action === 'pod-failure') {
    await client.mutate(ref, (pod) => setReady(pod, false), true)
  }
  return undefined
}

/** Recovery; a stuck object never recovers (chaos-mesh#4311: the finalizer then blocks). */
export async function recoverFault(
  client: OperatorClient,
  chaos: JsonObject,
  id: string,
  outcome: Outcome
): Promise<string | undefined> {
  if (outcome === 'stuck') {
    return `simulated: failed to recover chaos for ${id}: chaos-daemon did not answer (sim.chaos-gate.dev/outcome: stuck)`
  }
  const action = stringAt(objectAt(chaos, 'spec'), 'action')
  if (stringAt(chaos, 'kind') === 'PodChaos' && action === 'pod-failure') {
    const [namespace = '', name = ''] = id.split('/')
    await client.mutate(
      { apiVersion: 'v1', kind: 'Pod', namespace, name },
      (pod) => setReady(pod, true),
      true
    )
  }
  return undefined
}

function restartContainer(pod: JsonObject, container: string): void {
  const status = ensureObject(pod, 'status')
  status['containerStatuses'] = arrayAt(status, 'containerStatuses')
    .filter(isObject)
    .map((c) =>
      c['name'] === container
        ? {
            ...c,
            restartCount: (numberAt(c, 'restartCount') ?? 0) + 1,
            lastState: { terminated: { exitCode: 137, reason: 'Error' } }
          }
        : c
    )
}

function setReady(pod: JsonObject, ready: boolean): void {
  const status = ensureObject(pod, 'status')
  status['conditions'] = arrayAt(status, 'conditions')
    .filter(isObject)
    .map((c) =>
      c['type'] === 'Ready' || c['type'] === 'ContainersReady'
        ? { ...c, status: ready ? 'True' : 'False' }
        : c
    )
  status['containerStatuses'] = arrayAt(status, 'containerStatuses')
    .filter(isObject)
    .map((c) => ({ ...c, ready }))
}
