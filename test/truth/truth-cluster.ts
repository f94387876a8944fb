/**
 * The cluster the truth suite's rows run against, as the little the harness asks of it: seed
 * objects, wait for a Deployment, and find what a run left behind. Implemented once over the
 * simulator the test process hosts (`npm test`) and once over the Kubernetes API of the real
 * control plane test:cluster started (CHAOS_GATE_CLUSTER=real, test/cluster/target.ts), with its
 * admin kubeconfig; the gate itself runs with the least-privilege `chaos-gate` kubeconfig there.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type SimCluster, startSimCluster } from '@chaos-gate/sim-cluster'
import {
  arrayAt,
  isObject,
  type JsonObject,
  objectAt,
  stringAt
} from '@chaos-gate/sim-cluster/core/json'
import { namespaceOf } from '@chaos-gate/sim-cluster/core/meta'

import { connectKube, type KubeConnection } from '../../src/backends/kube/connect'
import { KubeApiError, type ObjectRef } from '../../src/backends/kube/port'
import type { KubeObject } from '../../src/manifest/model'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import {
  BUILT_IN,
  leftoverName,
  meshInjecting,
  ofRun,
  runObjects,
  servedKinds
} from '../action/e2e/sim-faults'
import { type ClusterKind, clusterKind, realKubeconfigs } from '../cluster/target'

/** One object a run left, named `Kind namespace/name`, with its owners named the same way. */
export interface RunObject {
  readonly name: string
  readonly owners: readonly string[]
}

export interface TruthCluster {
  readonly kind: ClusterKind
  /**
   * How long one second of an operator-run fault (Litmus TOTAL_CHAOS_DURATION, a Chaos Mesh
   * duration) lasts: the simulator's as the world asked, the real cluster's operators at the 100 ms
   * test:cluster starts them with (tools/sim-operators.ts's default).
   */
  readonly chaosSecondMs: number
  readonly apiUrl: string
  /** The kubeconfig the gate runs with. */
  readonly kubeconfig: string
  /** Creates the object as the cluster's admin; one already there is left as it is. */
  seed(object: KubeObject): Promise<void>
  /** Resolves once the Deployment has `replicas` Ready replicas. */
  deploymentReady(namespace: string, name: string, replicas: number): Promise<void>
  remove(ref: ObjectRef): Promise<void>
  /** Everything carrying the run's id label or named for it (`gate-<runId>-...`). */
  runObjects(runId: string): Promise<readonly RunObject[]>
  /** Whether a Chaos Mesh object of the run has injected every target it selected. */
  meshInjected(runId: string): Promise<boolean>
  /** Stops the simulator; on the real cluster only closes the connection (test:cluster owns it). */
  close(): Promise<void>
}

/** The cluster CHAOS_GATE_CLUSTER names: a fresh simulator with `timing`, or the shared real one. */
export async function startTruthCluster(timing: {
  readonly chaosSecondMs: number
  readonly podReadyMs: number
}): Promise<TruthCluster> {
  return clusterKind() === 'real' ? realTruthCluster() : simTruthCluster(timing)
}

/** The object of `kind` as a RunObject: its owners live in its namespace. */
function runObject(kind: string, o: JsonObject): RunObject {
  const namespace = namespaceOf(o)
  const owners = arrayAt(objectAt(o, 'metadata'), 'ownerReferences').filter(isObject)
  return {
    name: leftoverName(kind, o),
    owners: owners.map(
      (r) => `${stringAt(r, 'kind') ?? ''} ${namespace}/${stringAt(r, 'name') ?? ''}`
    )
  }
}

async function simTruthCluster(timing: {
  readonly chaosSecondMs: number
  readonly podReadyMs: number
}): Promise<TruthCluster> {
  const sim: SimCluster = await startSimCluster({ seedDemo: true, timing })
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'chaos-gate-truth-kc-')), 'kubeconfig')
  await sim.writeKubeconfig(kubeconfig)
  return {
    kind: 'sim',
    chaosSecondMs: timing.chaosSecondMs,
    apiUrl: sim.url,
    kubeconfig,
    seed: (object) => {
      sim.objects.create(object as unknown as JsonObject)
      return Promise.resolve()
    },
    deploymentReady: async (namespace, name, replicas) => {
      await sim.objects.waitFor(
        { apiVersion: 'apps/v1', kind: 'Deployment', namespace, name },
        (d) => objectAt(d, 'status')?.['readyReplicas'] === replicas
      )
    },
    remove: (ref) => {
      sim.objects.delete(ref)
      return Promise.resolve()
    },
    runObjects: (runId) =>
      Promise.resolve(runObjects(sim, runId).map(({ kind, object }) => runObject(kind, object))),
    meshInjected: (runId) =>
      Promise.resolve(runObjects(sim, runId).some(({ object }) => meshInjecting(object))),
    close: () => sim.close()
  }
}

/** tools/sim-operators.ts's default chaos second, which cluster:real keeps. */
const REAL_CHAOS_SECOND_MS = 100
const connect = (kubeconfig: string): Promise<KubeConnection> =>
  connectKube({ kubeconfig, env: {} }, { clock: systemClock, log: silentLog })
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
/** kwok makes pods Ready at once; the scheduler and the ReplicaSet controller take a moment more. */
const READY_TIMEOUT_MS = 120_000

async function realTruthCluster(): Promise<TruthCluster> {
  const { kubeconfig, admin } = realKubeconfigs()
  const conn = await connect(admin)
  const json = (o: KubeObject): JsonObject => o as unknown as JsonObject
  /** Every object of the run, of every kind the cluster serves. */
  const listRun = async (runId: string): Promise<{ kind: string; object: JsonObject }[]> => {
    const crds = await conn.objects.list({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition'
    })
    const kinds = [...BUILT_IN, ...servedKinds(crds.items.map(json))]
    const found = await Promise.all(
      kinds.map(async ([apiVersion, kind]) => {
        const list = await conn.objects.list({ apiVersion, kind })
        return list.items
          .map(json)
          .filter((o) => ofRun(o, runId))
          .map((object) => ({ kind, object }))
      })
    )
    return found.flat()
  }
  return {
    kind: 'real',
    chaosSecondMs: REAL_CHAOS_SECOND_MS,
    apiUrl: conn.server,
    kubeconfig,
    seed: async (object) => {
      try {
        await conn.objects.create(object)
      } catch (e) {
        if (!(e instanceof KubeApiError && e.status === 409)) throw e
      }
    },
    deploymentReady: async (namespace, name, replicas) => {
      const ref = { apiVersion: 'apps/v1', kind: 'Deployment', namespace, name }
      const deadline = Date.now() + READY_TIMEOUT_MS
      for (;;) {
        const d = await conn.objects.get(ref)
        if (d && objectAt(json(d), 'status')?.['readyReplicas'] === replicas) return
        if (Date.now() > deadline)
          throw new Error(
            `Deployment ${namespace}/${name} has not ${replicas} Ready replicas after ` +
              `${READY_TIMEOUT_MS / 1000} s on cluster:real: is kwok running (see its log in the state folder)?`
          )
        await sleep(200)
      }
    },
    remove: async (ref) => {
      await conn.objects.delete(ref)
    },
    runObjects: async (runId) =>
      (await listRun(runId)).map(({ kind, object }) => runObject(kind, object)),
    meshInjected: async (runId) =>
      (await listRun(runId)).some(({ object }) => meshInjecting(object)),
    close: () => {
      conn.close()
      return Promise.resolve()
    }
  }
}
