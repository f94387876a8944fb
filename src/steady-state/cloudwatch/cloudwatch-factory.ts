/**
 * Opens the `cloudwatch` source for an experiment over its `steadyState.cloudwatch` setting, and
 * measures every check once, as the Prometheus source does: an expression CloudWatch rejects or
 * credentials it refuses stop the experiment before any fault. A CloudWatch that cannot be reached
 * does not stop it here: the `before` phase then cannot measure, which makes the experiment
 * inconclusive with nothing injected. The AWS SDK is loaded only when an experiment has a
 * `cloudwatch` check, in a chunk of its own.
 */
import type { CheckSpec } from '../../manifest/steady-state-model'
import { dryRunChecks, rejectedChecksError } from '../dry-run-checks'
import type { MetricSource } from '../model'
import type { SourceFactory } from '../source-factory'

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
    try {
      await preflight(source, checks, ctx.signal)
    } catch (err) {
      api.close()
      throw err
    }
    return {
      source,
      close: () => {
        api.close()
        return Promise.resolve()
      }
    }
  }
}

async function preflight(
  source: MetricSource,
  checks: readonly CheckSpec[],
  signal: AbortSignal
): Promise<void> {
  const { rejected } = await dryRunChecks(source, checks, signal)
  if (rejected.length > 0) throw rejectedChecksError('cloudwatch', 'GetMetricData', rejected)
}
