/**
 * The cluster connection, made on first use and shared after: the Kubernetes layer is loaded only
 * then, so commands and backends that never touch a cluster never load it.
 */
import type { Clock } from '../../util/clock'
import type { Log } from '../../util/log'
import type { SecretMask } from '../../util/secret-mask'
import type { KubeConnection, KubeTarget } from './connect'

/**
 * Connects to the cluster on first call and hands the same connection to every later caller.
 * The Kubernetes layer (and @kubernetes/client-node under it) is loaded only then, so commands
 * and backends that never touch a cluster never load it. The environment variables that locate a
 * kubeconfig are read here, from the environment the caller was given.
 */
export function kubeConnector(
  target: KubeTarget,
  env: Readonly<Record<string, string | undefined>>,
  clock: Clock,
  log: Log,
  /**
   * `secrets` learns the credentials the kubeconfig holds, so nothing prints them; `cancel` (the
   * process's SIGINT/SIGTERM) stops a hanging exec credential plugin at once.
   */
  extra: { readonly secrets?: SecretMask; readonly cancel?: AbortSignal } = {}
): () => Promise<KubeConnection> {
  let connection: Promise<KubeConnection> | undefined
  return () => {
    connection ??= import('./connect').then(({ connectKube }) =>
      connectKube(
        {
          kubeconfig: target.kubeconfig,
          context: target.context,
          env: {
            KUBECONFIG: env.KUBECONFIG,
            HOME: env.HOME,
            USERPROFILE: env.USERPROFILE,
            KUBERNETES_SERVICE_HOST: env.KUBERNETES_SERVICE_HOST,
            KUBERNETES_SERVICE_PORT: env.KUBERNETES_SERVICE_PORT
          }
        },
        { clock, log, ...extra }
      )
    )
    return connection
  }
}
