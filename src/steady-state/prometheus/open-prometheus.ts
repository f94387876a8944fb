/**
 * Opens the Prometheus source for one experiment and runs the preflight of docs/prometheus.md, "Errors, retries and what they mean":
 * every check is evaluated once at server time, and a check Prometheus rejects (a 400 bad_data, a
 * 422, 401/403, a range vector, an unknown placeholder) stops the experiment before any fault.
 * An unreachable Prometheus does not stop it here: the `before` phase then cannot measure, which
 * makes the experiment inconclusive with nothing injected.
 */
import type { CheckSpec, PrometheusEndpoint } from '../../manifest/steady-state-model'
import { BackendError } from '../../util/errors'
import { dryRunChecks, rejectedChecksError } from '../dry-run-checks'
import type { PrometheusClientDeps } from './client'
import { PrometheusError } from './prometheus-error'
import { createPrometheusSource, type PrometheusSource } from './prometheus-source'

/** Builds the source and dry-evaluates `checks`; throws a BackendError listing every rejected check. */
export async function openPrometheus(
  endpoint: PrometheusEndpoint,
  checks: readonly CheckSpec[],
  deps: PrometheusClientDeps,
  signal: AbortSignal
): Promise<PrometheusSource> {
  let source: PrometheusSource
  try {
    source = createPrometheusSource(endpoint, deps)
  } catch (err) {
    if (err instanceof PrometheusError)
      throw new BackendError('prometheus', 'configure', 'client', err.message)
    throw err
  }
  const { rejected, unmeasured } = await dryRunChecks(source, checks, signal)
  if (unmeasured !== undefined)
    deps.log.warn(`prometheus: preflight could not measure: ${unmeasured}`)
  if (rejected.length > 0) {
    source.close()
    throw rejectedChecksError('prometheus', source.url, rejected)
  }
  return source
}
