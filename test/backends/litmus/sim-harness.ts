/**
 * The litmus backend wired to a simulated cluster over real HTTPS, the way deps.ts wires it to a
 * real one: kubeconfig file → connectKube → createLitmusBackend.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type SimCluster, type SimClusterOptions, startSimCluster } from '@chaos-gate/sim-cluster'

import type { Backend, Observation, RunContext } from '../../../src/backends/backend'
import { connectKube, type KubeConnection } from '../../../src/backends/kube/connect'
import { runLabels } from '../../../src/backends/labels'
import { createLitmusBackend } from '../../../src/backends/litmus/litmus-backend'
import type { Experiment, KubeObject } from '../../../src/manifest/model'
import { systemClock } from '../../../src/util/clock'
import { silentLog } from '../../../src/util/log'
import { defaultPolicy } from '../../fakes/default-policy'

export interface LitmusSim {
  readonly sim: SimCluster
  readonly conn: KubeConnection
  readonly backend: Backend
  readonly kubeconfig: string
  close(): Promise<void>
}

/** Short retries: the simulated faults are meant to be retried through quickly. */
export const FAST_RETRY = { attempts: 5, baseDelayMs: 20, maxDelayMs: 100, jitter: 0 }

export async function startLitmusSim(
  options: SimClusterOptions = {},
  token?: string
): Promise<LitmusSim> {
  const sim = await startSimCluster({ seedDemo: true, ...options })
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'litmus-sim-')), 'kubeconfig')
  await sim.writeKubeconfig(kubeconfig, { namespace: 'staging', ...(token ? { token } : {}) })
  const conn = await connectKube(
    { kubeconfig, env: {} },
    { clock: systemClock, log: silentLog, retry: FAST_RETRY }
  )
  const backend = createLitmusBackend({
    kube: conn.objects,
    cluster: conn.cluster,
    defaultNamespace: conn.namespace ?? 'default',
    policy: defaultPolicy(),
    cleanupBoundMs: 2_000
  })
  return {
    sim,
    conn,
    backend,
    kubeconfig,
    close: async () => {
      conn.close()
      await sim.close()
    }
  }
}

export interface EngineOptions {
  readonly outcome?: 'pass' | 'fail' | 'stuck' | 'error'
  /** TOTAL_CHAOS_DURATION in chaos seconds (the sim scales them down). */
  readonly durationSeconds?: number
  readonly spec?: Readonly<Record<string, unknown>>
}

/** The demo engine: pod-delete on app=checkout in staging, run as litmus-admin. */
export function demoEngine(options: EngineOptions = {}): KubeObject {
  return {
    apiVersion: 'litmuschaos.io/v1alpha1',
    kind: 'ChaosEngine',
    metadata: {
      name: 'checkout-pod-delete',
      namespace: 'staging',
      annotations: { 'sim.chaos-gate.dev/outcome': options.outcome ?? 'pass' }
    },
    spec: {
      engineState: 'active',
      appinfo: { appns: 'staging', applabel: 'app=checkout', appkind: 'deployment' },
      chaosServiceAccount: 'litmus-admin',
      jobCleanUpPolicy: 'delete',
      experiments: [
        {
          name: 'pod-delete',
          spec: {
            components: {
              env: [
                { name: 'TOTAL_CHAOS_DURATION', value: String(options.durationSeconds ?? 10) },
                { name: 'CHAOS_INTERVAL', value: '5' },
                { name: 'PODS_AFFECTED_PERC', value: '50' }
              ]
            }
          }
        }
      ],
      ...options.spec
    }
  }
}

/** An experiment around an engine, placed line by line so issues can be told apart. */
export function experimentOf(name: string, object: KubeObject): Experiment {
  return {
    name,
    source: { file: `experiments/${name}.yaml`, line: 1, col: 1 },
    locate: (path) => ({ file: `experiments/${name}.yaml`, line: 1 + path.length, col: 1 }),
    backend: 'litmus',
    kind: 'ChaosEngine',
    action: 'pod-delete',
    namespace: 'staging',
    fault: { kind: 'kube-object', object },
    targets: {
      namespaces: ['staging'],
      labelSelector: 'app=checkout',
      mode: { kind: 'percent', percent: 50 },
      location: { file: `experiments/${name}.yaml`, line: 9, col: 5 }
    },
    expect: 'pass'
  }
}

export function runContext(
  runId: string,
  experiment: string,
  signal = new AbortController().signal
): RunContext {
  return {
    runId,
    clock: systemClock,
    log: silentLog,
    signal,
    labels: runLabels(runId, experiment),
    deadline: Date.now() + 60_000
  }
}

/** Every observation until a terminal one, or until `stop` says so (then the stream is left). */
export async function observeAll(
  backend: Backend,
  handle: Parameters<Backend['observe']>[0],
  ctx: RunContext,
  stop: (o: Observation) => boolean = () => false
): Promise<Observation[]> {
  const seen: Observation[] = []
  for await (const o of backend.observe(handle, ctx)) {
    seen.push(o)
    if (stop(o)) break
  }
  return seen
}

/** Objects of `kind` in staging that carry the run's label. */
export function labelled(
  sim: SimCluster,
  kind: string,
  runId: string,
  apiVersion = 'litmuschaos.io/v1alpha1'
): readonly unknown[] {
  return sim.objects.list(apiVersion, kind, {
    namespace: 'staging',
    labelSelector: `chaos-gate.dev/run-id=${runId}`
  })
}
