import { type Clock, systemClock } from '../clock'
import { DEFAULT_TIMING, type OperatorTiming } from '../options'
import { ChaosMeshController } from './chaos-mesh/chaos-controller'
import { CHAOS_MESH_API } from './chaos-mesh/kinds'
import { ScheduleController } from './chaos-mesh/schedule-controller'
import { StatusCheckController } from './chaos-mesh/status-check-controller'
import { WorkflowController } from './chaos-mesh/workflow-controller'
import { WorkflowNodeController } from './chaos-mesh/workflow-node-controller'
import { FirstSeen } from './first-seen'
import { LitmusEngineOperator } from './litmus/engine-operator'
import { LITMUS_API } from './litmus/engine-spec'
import { CachedClient } from './runtime/cached-client'
import { type ApiResource, ApiResources } from './runtime/discovery'
import { HttpEventRecorder } from './runtime/event-recorder'
import { Informer, type WatchChange } from './runtime/informer'
import type { KubeConnection } from './runtime/kube-connection'
import { KubeHttp } from './runtime/kube-http'
import { OperatorManager } from './runtime/operator-manager'

/** What startOperators needs: an API server, and optionally time and which operators. */
export interface OperatorsOptions {
  readonly connection: KubeConnection
  /** Time for durations and requeues (the wall clock by default). */
  readonly clock?: Clock
  readonly timing?: Partial<OperatorTiming>
  /** Switch one off (default: each runs when the server serves its CRDs). */
  readonly enabled?: { readonly litmus?: boolean; readonly chaosMesh?: boolean }
  /** Called when a reconcile or a watch fails (both are retried). */
  readonly onError?: (component: string, key: string, err: unknown) => void
}

/** The operators running against one API server. */
export interface RunningOperators {
  readonly litmus: boolean
  readonly chaosMesh: boolean
  /** Stops the watches and the reconciles, and waits for the writes in flight. */
  stop(): Promise<void>
}

/**
 * Starts the simulated Litmus and Chaos Mesh operators as clients of an API server (the
 * simulator's or a real kube-apiserver): discovery, one informer per watched resource, the
 * reconcilers on a work queue. Resolves once every informer has listed and opened its watch;
 * only then are changes fed to the reconcilers, so no reconcile reads a cache still filling.
 */
export async function startOperators(options: OperatorsOptions): Promise<RunningOperators> {
  const clock = options.clock ?? systemClock
  const timing: OperatorTiming = { ...DEFAULT_TIMING, ...options.timing }
  const onError = options.onError ?? (() => undefined)
  const http = new KubeHttp(options.connection)
  const resources = await ApiResources.discover(http, ['v1', LITMUS_API, CHAOS_MESH_API])
  const litmus =
    options.enabled?.litmus !== false && resources.find(LITMUS_API, 'ChaosEngine') !== undefined
  const chaosMesh =
    options.enabled?.chaosMesh !== false && resources.find(CHAOS_MESH_API, 'PodChaos') !== undefined
  const watched = new Set<ApiResource>()
  if (litmus || chaosMesh) watched.add(resources.get('v1', 'Pod'))
  if (litmus) resources.inGroupVersion(LITMUS_API).forEach((r) => watched.add(r))
  if (chaosMesh) {
    watched.add(resources.get('v1', 'Node'))
    resources.inGroupVersion(CHAOS_MESH_API).forEach((r) => watched.add(r))
  }

  const manager = new OperatorManager(clock, onError)
  let live = false
  const forward = (change: WatchChange): void => {
    if (live) manager.onChange(change)
  }
  const informers = new Map<ApiResource, Informer>()
  for (const resource of watched) {
    const name = `informer ${resource.plural}.${resource.group || 'core'}`
    informers.set(resource, new Informer(http, resource, forward, (err) => onError(name, '', err)))
  }
  const events = new HttpEventRecorder(http, clock)
  const client = new CachedClient(http, resources, informers, () => events.flush())
  if (litmus) manager.add(new LitmusEngineOperator(client, events, clock, timing))
  if (chaosMesh) {
    const firstSeen = new FirstSeen(clock)
    manager.add(new ChaosMeshController(client, events, clock, timing, firstSeen))
    manager.add(new ScheduleController(client, events, clock, timing, firstSeen))
    manager.add(new WorkflowController(client, events, clock, timing))
    manager.add(new WorkflowNodeController(client, events, clock, timing, firstSeen))
    manager.add(new StatusCheckController(client, events, clock, timing))
  }

  const stop = async (): Promise<void> => {
    await Promise.all([...informers.values()].map((i) => i.stop()))
    await manager.stop()
    await events.flush()
    http.close()
  }
  for (const informer of informers.values()) informer.start()
  await Promise.all([...informers.values()].map((i) => i.ready))
  live = true
  for (const informer of informers.values()) {
    for (const object of informer.all()) {
      manager.onChange({ resource: informer.resource, type: 'ADDED', object })
    }
  }
  return { litmus, chaosMesh, stop }
}
