/**
 * Concurrent experiments on the simulated cluster (product.md §10): N LitmusChaos pod-delete
 * engines, each on a service of its own, run by the bundled CLI with --kubeconfig. Same
 * measurements and targets as the local-backend variant (concurrency.ts).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { BACKEND_FACTORIES } from '../../src/backends/registry'
import { addServices, litmusEngineYaml, startBenchCluster } from '../harness/bench-cluster'
import type { Benchmark } from '../harness/model'
import { measureConcurrency } from './concurrency'

/** TOTAL_CHAOS_DURATION, in chaos seconds. */
const CHAOS_SECONDS = 30
/** Wall-clock length of one chaos second: the 30 s fault lasts 3 s. */
const CHAOS_SECOND_MS = 100

export const concurrencySim: Benchmark = {
  id: 'concurrency-sim',
  title: 'Scale: concurrent experiments on the simulated cluster',
  unavailable: () =>
    Promise.resolve(
      BACKEND_FACTORIES.litmus ? undefined : 'the litmus backend is not in this build yet'
    ),
  async run(ctx) {
    const cluster = await startBenchCluster(ctx, { timing: { chaosSecondMs: CHAOS_SECOND_MS } })
    try {
      await addServices(cluster.sim, 50)
      return await measureConcurrency(ctx, {
        label: 'simulated cluster, Litmus',
        durationMs: CHAOS_SECONDS * CHAOS_SECOND_MS,
        prepare: (dir, n) => {
          for (let i = 0; i < n; i++)
            writeFileSync(
              join(dir, `pod-delete-${i}.yaml`),
              litmusEngineYaml(`pod-delete-${i}`, `svc-${i}`, CHAOS_SECONDS)
            )
          return Promise.resolve(['--kubeconfig', cluster.kubeconfig])
        }
      })
    } finally {
      await cluster.close()
    }
  }
}
