/**
 * Opens the `cloudwatch` source for an experiment over its `steadyState.cloudwatch` setting. The
 * AWS SDK is loaded only when an experiment has a `cloudwatch` check, in a chunk of its own.
 */
import type { SourceFactory } from '../../gate/gate-deps'

export function cloudWatchSourceFactory(deps: {
  readonly env: Readonly<Record<string, string | undefined>>
}): SourceFactory {
  return async (ctx) => {
    const spec = ctx.experiment.steadyState
    const checks = spec?.checks.filter((c) => c.source === 'cloudwatch') ?? []
    // No setting: validation already refused it; the engine reports the unsourced checks.
    if (checks.length === 0 || !spec?.cloudwatch) return undefined
    const endpoint = spec.cloudwatch
    const [{ cloudWatchApi }, { CloudWatchSource }] = await Promise.all([
      import('./cloudwatch-api'),
      import('./cloudwatch-source')
    ])
    const api = cloudWatchApi(endpoint, deps.env)
    const source = new CloudWatchSource(api, {
      clock: ctx.clock,
      timeoutMs: endpoint.timeoutMs
    })
    ctx.log.debug(
      `${ctx.experiment.name}: measuring ${checks.length} cloudwatch checks in ${endpoint.region ?? 'the default region'}`
    )
    return {
      source,
      close: () => {
        api.close()
        return Promise.resolve()
      }
    }
  }
}
