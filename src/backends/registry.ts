/**
 * Backends by kind, created lazily: a backend's module (and its heavy client) is only loaded when
 * an experiment uses it, so the CLI starts fast and the bundle keeps Kubernetes code in a chunk.
 * Adding a backend is one entry in BACKEND_FACTORIES.
 */
import { BACKEND_KINDS, type BackendKind } from '../manifest/model'
import type { Backend, BackendDeps } from './backend'
import type { KubeConnection } from './kube/connect'

export type BackendFactory = (deps: BackendDeps) => Promise<Backend>

/** The backends in this build. The others are listed so the error can say they are coming. */
export const BACKEND_FACTORIES: Readonly<Partial<Record<BackendKind, BackendFactory>>> = {
  local: async (deps) => (await import('./local/local-backend')).createLocalBackend(deps),
  litmus: async (deps) => (await import('./litmus/litmus-backend')).litmusBackend(deps),
  'chaos-mesh': async (deps) =>
    (await import('./chaos-mesh/chaos-mesh-backend')).chaosMeshBackend(deps),
  kubernetes: async (deps) =>
    (await import('./kubernetes/kubernetes-backend')).kubernetesBackend(deps),
  toxiproxy: async (deps) => (await import('./toxiproxy/toxiproxy-backend')).toxiproxyBackend(deps),
  'aws-fis': async (deps) => (await import('./aws-fis/aws-fis-backend')).awsFisBackend(deps),
  gremlin: async (deps) => (await import('./gremlin/gremlin-backend')).gremlinBackend(deps)
}

/** The backends that run on a Kubernetes cluster (over BackendDeps.kube). */
export const CLUSTER_BACKENDS: ReadonlySet<BackendKind> = new Set<BackendKind>([
  'litmus',
  'chaos-mesh',
  'kubernetes'
])

/** An experiment names a backend this build does not include. */
export class BackendUnavailableError extends Error {
  override readonly name = 'BackendUnavailableError'
  constructor(readonly kind: BackendKind) {
    super(`the ${kind} backend is not available in this build`)
  }
}

/**
 * Hands out one instance per kind for the life of a run, so preflight, submit, abort and cleanup
 * of a stateful backend (the local proxy) all talk to the same object.
 */
export class BackendRegistry {
  private readonly instances = new Map<BackendKind, Promise<Backend>>()

  constructor(
    private readonly deps: BackendDeps,
    private readonly factories: Readonly<
      Partial<Record<BackendKind, BackendFactory>>
    > = BACKEND_FACTORIES
  ) {}

  /** The backend for `kind`; rejects with BackendUnavailableError when this build has none. */
  get(kind: BackendKind): Promise<Backend> {
    const factory = this.factories[kind]
    if (!factory) return Promise.reject(new BackendUnavailableError(kind))
    let instance = this.instances.get(kind)
    if (!instance) {
      instance = factory(this.deps)
      this.instances.set(kind, instance)
    }
    return instance
  }

  /**
   * Connects to the cluster now when one of `kinds` runs on it, so an unusable configuration shows
   * before anything runs; the backends then share this connection. Otherwise a no-op, and the
   * Kubernetes client is never loaded.
   */
  async connectFor(kinds: Iterable<BackendKind>): Promise<void> {
    if (!this.deps.kube || ![...kinds].some((kind) => CLUSTER_BACKENDS.has(kind))) return
    await this.deps.kube()
  }

  /** The run's cluster connector, for the `kubernetes` metric source; undefined without a cluster. */
  get kube(): (() => Promise<KubeConnection>) | undefined {
    return this.deps.kube
  }

  /** The kinds this build can run. */
  available(): readonly BackendKind[] {
    return BACKEND_KINDS.filter((k) => this.factories[k] !== undefined)
  }
}
