/**
 * Opens the Prometheus source for one experiment and runs the preflight of docs/prometheus.md, "Errors, retries and what they mean":
 * every check is evaluated once at server time, and a check Prometheus rejects (a 400 bad_data, a
 * 422, 401/403, a range vector, an unknown placeholder) stops the experiment before any fault.
 * An unreachable Prometheus does not stop it here: the `before` phase then cannot measure, which
 * makes the experiment inconclusive with nothing injected.
 */
import type { CheckSpec, PrometheusEndpoint } from '../../manifest/steady-state-model'
import { BackendError } from '../../util/errors'
import type { SourceErrorKind } from '../model'
import type { PrometheusClientDeps } from './client'
import { PrometheusError } from './prometheus-error'
import { createPrometheusSource, type PrometheusSource } from './prometheus-source'

/** Kinds that mean the check or the configuration is wrong, not that Prometheus is unwell. */
const CONFIG_KINDS: ReadonlySet<SourceErrorKind> = new Set(['config', 'query', 'auth'])

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
  for (const raw of results) {
    if (raw.kind === 'error' && !CONFIG_KINDS.has(raw.errorKind)) {
      deps.log.warn(`prometheus: preflight could not measure: ${raw.message}`)
      break
    }
  }
  if (problems.length > 0) {
    source.close()
    throw new BackendError(
      'prometheus',
      'preflight',
      source.url,
      `${problems.length === 1 ? 'a check was' : `${problems.length} checks were`} rejected before any fault: ${problems.join('; ')}`
    )
  }
  return source
}
