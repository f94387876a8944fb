/**
 * Where steady-state checks are measured: the Prometheus endpoint and the HTTP probe's load.
 */
import type { ProbeLoadSpec, PrometheusEndpoint } from '../steady-state/model'
import { durationMs } from './schema-primitives'
import type { Add } from './steady-state-check'
import type { SteadyStateInput } from './steady-state-schema'

export function toEndpoint(
  p: NonNullable<SteadyStateInput['prometheus']>,
  add: Add
): PrometheusEndpoint {
  if (!/^https?:\/\/[^\s/]+/.test(p.url))
    add(
      ['prometheus', 'url'],
      'steady-state/url',
      `prometheus.url must be an http:// or https:// URL; got '${p.url}'`
    )
  return {
    url: p.url,
    headers: p.headers,
    timeoutMs: durationMs(p.timeout),
    retries: p.retries,
    strictWarnings: p.strictWarnings,
    insecureSkipVerify: p.insecureSkipVerify,
    ...(p.caFile === undefined ? {} : { caFile: p.caFile }),
    ...(p.scrapeInterval === undefined ? {} : { scrapeIntervalMs: durationMs(p.scrapeInterval) })
  }
}

export function toProbe(
  p: NonNullable<SteadyStateInput['probe']>,
  localProxy: boolean,
  add: Add
): ProbeLoadSpec {
  const absolute = /^https?:\/\/[^\s/]+/.test(p.url)
  if (!absolute && !(localProxy && p.url.startsWith('/'))) {
    add(
      ['probe', 'url'],
      'steady-state/url',
      `probe.url must be an http:// or https:// URL${localProxy ? " or a path starting with '/'" : ''}; got '${p.url}'`
    )
  }
  const okStatus = p.okStatus.map((s) => {
    if (typeof s === 'number') return { from: s, to: s }
    const [from = 0, to = 0] = s.split('-').map(Number)
    if (from > to)
      add(['probe', 'okStatus'], 'steady-state/status', `status range '${s}' is reversed`)
    return { from, to }
  })
  return {
    url: p.url,
    method: p.method,
    ratePerSecond: p.rate,
    timeoutMs: durationMs(p.timeout),
    okStatus,
    headers: p.headers
  }
}
