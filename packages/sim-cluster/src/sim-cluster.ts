import { writeFile } from 'node:fs/promises'

import type { AdmissionPlugin } from './api/admission/admission'
import { builtinDefaults } from './api/admission/builtin-defaults'
import { builtinValidation } from './api/admission/builtin-validation'
import { namespaceLifecycle } from './api/admission/namespace-lifecycle'
import { serviceAccountAdmission } from './api/admission/service-account'
import { ApiCore } from './api/api-core'
import { Authorizer, DEFAULT_USER, OPERATOR_USER } from './auth/authorizer'
import { bootstrapCluster } from './bootstrap'
import { type Clock, systemClock } from './clock'
import { ControllerManager } from './controllers/controller-runtime'
import { DeploymentController } from './controllers/deployment-controller'
import { EventRecorder } from './controllers/event-recorder'
import { GarbageCollector } from './controllers/garbage-collector'
import { Kubelet } from './controllers/kubelet'
import { NamespaceController } from './controllers/namespace-controller'
import { ReplicaSetController } from './controllers/replicaset-controller'
import { SystemClient } from './controllers/system-client'
import { FaultInjector } from './faults/fault-injector'
import { RequestLog } from './faults/request-log'
import { HttpApiServer } from './http/api-server'
import { selfSignedCertificate } from './http/self-signed'
import { type KubeconfigOptions, renderKubeconfig } from './kubeconfig'
import { ObjectsApi } from './objects-api'
import { chaosMeshWebhook } from './operators/chaos-mesh/webhook'
import { type RunningOperators, startOperators } from './operators/start-operators'
import { DEFAULT_TIMING, type SimClusterOptions, type SimTiming } from './options'
import { CRD_GROUPS, type CrdGroup } from './resources/crd-types'
import { ResourceRegistry } from './resources/registry'
import { seedDemo } from './seed'
import { ObjectStore } from './store/object-store'
import { WatchHub } from './store/watch-hub'

/** A running simulated cluster. */
export interface SimCluster {
  /** Base URL, e.g. https://127.0.0.1:43127 (http:// when started with tls: false). */
  readonly url: string
  /** The server's self-signed certificate (PEM), the CA a client must trust; undefined on http. */
  readonly caCertificate: string | undefined
  readonly timing: SimTiming
  /** Kubeconfig YAML for the cluster (plain http, bearer token, one context). */
  kubeconfig(options?: KubeconfigOptions): string
  writeKubeconfig(path: string, options?: KubeconfigOptions): Promise<void>
  /** Direct object access for assertions and for writing status. */
  readonly objects: ObjectsApi
  /** Run-time fault hooks (latency, 5xx, resets, dropped watches). */
  readonly faults: FaultInjector
  /** Every request served. */
  readonly requests: RequestLog
  /** Users and their rules (setRules to change permissions at run time). */
  readonly auth: Authorizer
  /** Current global resourceVersion. */
  resourceVersion(): string
  /** The client-facing port: take it down and up again; the cluster keeps its state. */
  readonly frontDoor: FrontDoor
  /** Drops all watch history: resuming from any earlier resourceVersion gets 410. */
  compact(): void
  /** Stops controllers, ends watches and closes every socket. */
  close(): Promise<void>
}

/** The API server's client-facing listener (the operators come in through another door). */
export interface FrontDoor {
  /** Closes the port: new connections are refused, open ones (and their watches) are cut. */
  down(): Promise<void>
  /** Listens on the same port again. */
  up(): Promise<void>
  isUp(): boolean
}

/** The in-process cluster: storage, API core and running controllers, without HTTP. */
interface ClusterCore {
  readonly registry: ResourceRegistry
  readonly hub: WatchHub
  readonly store: ObjectStore
  readonly core: ApiCore
  readonly client: SystemClient
  readonly manager: ControllerManager
  readonly crdGroups: readonly CrdGroup[]
}

/**
 * Builds the API core, starts the built-in controllers and bootstraps. The chaos operators are
 * not in here: they are API clients (startOperators), started once the server listens.
 */
function startCore(options: SimClusterOptions, clock: Clock, timing: SimTiming): ClusterCore {
  const crdGroups = options.crdGroups ?? CRD_GROUPS
  const registry = new ResourceRegistry(crdGroups)
  const hub = new WatchHub(options.watchHistorySize ?? 10_000)
  const store = new ObjectStore(hub)
  const admission: AdmissionPlugin[] = [
    namespaceLifecycle,
    serviceAccountAdmission,
    builtinDefaults,
    builtinValidation
  ]
  const core = new ApiCore({ registry, store, hub, clock, admission })
  const client = new SystemClient(core)
  const events = new EventRecorder(client, clock)
  const manager = new ControllerManager(store, clock, options.onControllerError)
  manager.add(new Kubelet(client, clock, timing))
  manager.add(new ReplicaSetController(client, events))
  manager.add(new DeploymentController(client, events, clock))
  manager.add(new GarbageCollector(client))
  manager.add(new NamespaceController(client, clock, timing.namespaceCleanupMs))
  // Chaos Mesh's admission webhooks belong to its installation, not to the operator process.
  if (crdGroups.includes('chaos-mesh.org') && options.operators?.chaosMesh !== false) {
    admission.push(chaosMeshWebhook)
  }
  manager.start()
  bootstrapCluster(client, clock)
  return { registry, hub, store, core, client, manager, crdGroups }
}

/** Starts a simulated cluster on 127.0.0.1 (a free port unless told otherwise). */
export async function startSimCluster(options: SimClusterOptions = {}): Promise<SimCluster> {
  const clock = options.clock ?? systemClock
  const timing: SimTiming = { ...DEFAULT_TIMING, ...options.timing }
  const { registry, hub, store, core, client, manager, crdGroups } = startCore(
    options,
    clock,
    timing
  )
  const authorizer = new Authorizer([...(options.users ?? [DEFAULT_USER]), OPERATOR_USER])
  const faults = new FaultInjector()
  const requests = new RequestLog()
  const certificate = options.tls === false ? undefined : selfSignedCertificate()
  const context = {
    core,
    registry,
    authorizer,
    faults,
    bookmarkIntervalMs: timing.bookmarkIntervalMs,
    openWatches: new Set<() => void>()
  }
  const server = new HttpApiServer(context, requests, certificate)
  const host = options.host ?? '127.0.0.1'
  const url = await server.listen(host, options.port ?? 0)
  // The in-cluster door: the operators' way in, with no faults and no request log.
  const inside = new HttpApiServer(
    { ...context, faults: new FaultInjector() },
    undefined,
    certificate
  )
  const insideUrl = await inside.listen(host, 0)
  const operators = await startInClusterOperators(options, crdGroups, insideUrl, certificate?.cert)
  const objects = new ObjectsApi(client)
  if (options.seedDemo) seedDemo(objects)
  const kubeconfig = (o: KubeconfigOptions = {}): string =>
    renderKubeconfig(url, o.token ?? authorizer.firstUser().token, certificate?.cert, o)
  return {
    url,
    caCertificate: certificate?.cert,
    timing,
    kubeconfig,
    writeKubeconfig: (path, o) => writeFile(path, kubeconfig(o), 'utf8'),
    objects,
    faults,
    requests,
    auth: authorizer,
    frontDoor: {
      down: () => server.suspend(),
      up: () => server.resume(),
      isUp: () => server.isListening()
    },
    resourceVersion: () => String(store.currentRevision()),
    compact: () => hub.compact(store.currentRevision()),
    close: async () => {
      await operators?.stop()
      manager.stop()
      await Promise.all([server.close(), inside.close()])
    }
  }
}

/** The Litmus and Chaos Mesh operators over HTTP, unless switched off or not installed. */
async function startInClusterOperators(
  options: SimClusterOptions,
  crdGroups: readonly CrdGroup[],
  url: string,
  ca: string | undefined
): Promise<RunningOperators | undefined> {
  const litmus = crdGroups.includes('litmuschaos.io') && options.operators?.litmus !== false
  const chaosMesh = crdGroups.includes('chaos-mesh.org') && options.operators?.chaosMesh !== false
  if (options.runOperators === false || (!litmus && !chaosMesh)) return undefined
  return startOperators({
    connection: {
      server: url,
      insecureSkipTlsVerify: false,
      token: OPERATOR_USER.token,
      ...(ca !== undefined && { ca })
    },
    ...(options.clock && { clock: options.clock }),
    timing: { ...DEFAULT_TIMING, ...options.timing },
    enabled: { litmus, chaosMesh },
    ...(options.onControllerError && { onError: options.onControllerError })
  })
}
