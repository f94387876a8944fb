/**
 * Opens the `cloudwatch` source for an experiment over its `steadyState.cloudwatch` setting, and
 * measures every check once, as the Prometheus source does: an expression CloudWatch rejects or
 * credentials it refuses stop the experiment before any fault. A CloudWatch that cannot be reached
 * does not stop it here: the `before` phase then cannot measure, which makes the experiment
 * inconclusive with nothing injected. The AWS SDK is loaded only when an experiment has a
 * `cloudwatch` check, in a chunk of its own.
 */
import type { CheckSpec } from '../../manifest/steady-state-model'
import { BackendError } from '../../util/errors'
import type { MetricSource, SourceErrorKind } from '../model'
import type { SourceFactory } from '../source-factory'

/** Kinds that mean the check or the credentials are wrong, not that CloudWatch is unwell. */
const CONFIG_KINDS: ReadonlySet<SourceErrorKind> = new Set(['config', 'query', 'auth'])

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
  const at = await source.now(signal)
  const results = await Promise.all(
    checks.map((c) => source.measure(c, at, { phase: 'before' }, signal))
  )
  const problems = results.flatMap((raw, i) => {
    const check = checks[i]
    if (!check || raw.kind !== 'error' || !CONFIG_KINDS.has(raw.errorKind)) return []
    const { file, line, col } = check.location
    return [`check '${check.name}' (${file}:${line}:${col}): ${raw.message}`]
  })
  if (problems.length > 0)
    throw new BackendError(
      'cloudwatch',
      'preflight',
      'GetMetricData',
      `${problems.length === 1 ? 'a check was' : `${problems.length} checks were`} rejected before any fault: ${problems.join('; ')}`
    )
}
