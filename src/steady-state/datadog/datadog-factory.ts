/**
 * Opens the `datadog` source for an experiment over its `steadyState.datadog` endpoint, and
 * measures every check once, as the other metric sources do: a query or keys Datadog refuses stop
 * the experiment before any fault. The source is loaded only when an experiment has a `datadog`
 * check.
 */
import type { SecretMask } from '../../util/secret-mask'
import { dryRunChecks, rejectedChecksError } from '../dry-run-checks'
import type { SourceFactory } from '../source-factory'

export function datadogSourceFactory(deps: {
  readonly fetch: typeof fetch
  /** Learns the keys, so no answer that quotes one reaches the log or a report. */
  readonly secrets?: SecretMask
}): SourceFactory {
  return async (ctx) => {
    const spec = ctx.experiment.steadyState
    const checks = spec?.checks.filter((c) => c.source === 'datadog') ?? []
    // No endpoint: validation already refused it; the engine reports the unsourced checks.
    if (checks.length === 0 || !spec?.datadog) return undefined
    const missing = (['apiKey', 'appKey'] as const).filter((k) => spec.datadog?.[k] === '')
    if (missing.length > 0)
      throw new Error(
        `steadyState.datadog.${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} empty; set the secret (DD_API_KEY, DD_APP_KEY) for the gate`
      )
    deps.secrets?.add(spec.datadog.apiKey, spec.datadog.appKey)
    const { DatadogSource } = await import('./datadog-source')
    const source = new DatadogSource(spec.datadog, { clock: ctx.clock, fetch: deps.fetch })
    ctx.log.debug(
      `${ctx.experiment.name}: measuring ${checks.length} datadog checks on ${source.url}`
    )
    const { rejected } = await dryRunChecks(source, checks, ctx.signal)
    if (rejected.length > 0) throw rejectedChecksError('datadog', source.url, rejected)
    return { source, close: () => Promise.resolve() }
  }
}
