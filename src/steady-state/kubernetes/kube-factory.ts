/**
 * Opens the `kubernetes` source for an experiment over the run's cluster connection, the one the
 * backends share (gate-wiring.ts), so a check reads the cluster the fault is injected into. The
 * reading code is loaded only when an experiment has a `kubernetes` check.
 */
import type { KubeConnection } from '../../backends/kube/connect'
import type { SourceFactory } from '../source-factory'

/** `kube` connects on its first call only; undefined in a build or test without a cluster. */
export function kubernetesSourceFactory(
  kube: (() => Promise<KubeConnection>) | undefined
): SourceFactory {
  return async (ctx) => {
    const checks = ctx.experiment.steadyState?.checks.filter((c) => c.source === 'kubernetes') ?? []
    // No cluster: the engine reports the unsourced checks with how to configure one.
    if (checks.length === 0 || !kube) return undefined
    const connection = await kube()
    const { KubeSource } = await import('./kube-source')
    const namespace =
      ctx.experiment.steadyState?.namespace ??
      ctx.experiment.namespace ??
      connection.namespace ??
      'default'
    ctx.log.debug(
      `${ctx.experiment.name}: measuring ${checks.length} kubernetes checks on ${connection.server} (namespace ${namespace})`
    )
    return {
      source: new KubeSource(connection.objects, namespace, ctx.clock),
      // The connection belongs to the run and is closed with the backends.
      close: () => Promise.resolve()
    }
  }
}
