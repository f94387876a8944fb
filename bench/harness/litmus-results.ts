/**
 * Playing litmus-go on the simulated cluster: ChaosResults written directly into the API server,
 * through the same admission and watch path as a client's writes.
 */
import { performance } from 'node:perf_hooks'

import type { SimCluster } from '@chaos-gate/sim-cluster'
import { finishResult } from '@chaos-gate/sim-cluster/operators/litmus/chaos-result'

import { NAMESPACE } from './bench-cluster'

const API = 'litmuschaos.io/v1alpha1'

/** The path a poll loop GETs a ChaosResult at. */
export function resultPath(name: string): string {
  return `/apis/${API}/namespaces/${NAMESPACE}/chaosresults/${name}`
}

/** A ChaosResult as litmus-go starts it: Running, verdict Awaited. */
export function createAwaitedResult(sim: SimCluster, name: string, engine: string): void {
  sim.objects.put({
    apiVersion: API,
    kind: 'ChaosResult',
    metadata: { name, namespace: NAMESPACE },
    spec: { engine, experiment: 'pod-delete' },
    status: {
      experimentStatus: { phase: 'Running', verdict: 'Awaited', probeSuccessPercentage: 'Awaited' },
      history: { passedRuns: 0, failedRuns: 0, stoppedRuns: 0, targets: [] }
    }
  })
}

/** Writes the final Pass into a ChaosResult as litmus-go does; returns performance.now() just before. */
export function writePass(sim: SimCluster, name: string): number {
  const result = sim.objects.get({
    apiVersion: API,
    kind: 'ChaosResult',
    namespace: NAMESPACE,
    name
  })
  if (!result) throw new Error(`ChaosResult ${name} does not exist`)
  finishResult(result, { kind: 'pass' }, [])
  const at = performance.now()
  sim.objects.put(result)
  return at
}
