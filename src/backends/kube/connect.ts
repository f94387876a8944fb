/**
 * The adapter factory: configuration → authenticated transport → the port, with retries. deps.ts
 * calls it only when a Kubernetes backend is about to be used.
 */
import type { Clock } from '../../util/clock'
import type { Log } from '../../util/log'
import type { RetryPolicy } from '../../util/retry'
import type { SecretMask } from '../../util/secret-mask'
import { kubeClient } from './client'
import { type KubeConfigOptions, loadKubeConfig, userSecrets } from './config'
import type { KubeCluster, KubeObjects } from './port'
import { withKubeRetries } from './retrying'
import { kubeTransport } from './transport'

/** Which cluster to talk to: the `kubeconfig`/`context` inputs or flags, when given. */
export interface KubeTarget {
  readonly kubeconfig?: string | undefined
  readonly context?: string | undefined
}

/** A connection to one cluster, as backends use it. */
export interface KubeConnection {
  readonly objects: KubeObjects
  readonly cluster: KubeCluster
  /** Where the configuration came from, for logs: `kubeconfig /path (context staging)`. */
  readonly source: string
  readonly server: string
  /** The context's default namespace, when it names one. */
  readonly namespace?: string
  /** Releases idle connections. */
  close(): void
}

/** Loads the configuration and builds the port over it. */
export async function connectKube(
  options: KubeConfigOptions,
  deps: {
    readonly clock: Clock
    readonly log: Log
    /** Retries of transient failures (default KUBE_RETRY); tests and benchmarks shorten it. */
    readonly retry?: RetryPolicy
    /** Learns the user's token and credentials, so no output quotes them. */
    readonly secrets?: SecretMask
    /** The gate's cancellation: stops a hanging exec credential plugin at once. */
    readonly cancel?: AbortSignal
  }
): Promise<KubeConnection> {
  const loaded = await loadKubeConfig(options)
  deps.secrets?.add(...userSecrets(loaded.config))
  const transport = kubeTransport(loaded.config, {
    exec: {
      onSecret: (token) => deps.secrets?.add(token),
      ...(deps.cancel && { cancel: deps.cancel })
    }
  })
  const client = withKubeRetries(kubeClient(transport), deps.clock, deps.log, deps.retry)
  deps.log.debug(`kube: using ${loaded.source} at ${loaded.server}`)
  return {
    objects: client,
    cluster: client,
    source: loaded.source,
    server: loaded.server,
    ...(loaded.namespace ? { namespace: loaded.namespace } : {}),
    close: () => transport.close()
  }
}
