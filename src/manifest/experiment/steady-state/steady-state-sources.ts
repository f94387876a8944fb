/**
 * Where steady-state checks are measured: the Prometheus endpoint, the HTTP probe's load, Datadog
 * and CloudWatch; and the steady load sent for checks of any source.
 */
import type { DocPath } from '../../model'
import type {
  CloudWatchEndpoint,
  DatadogEndpoint,
  ProbeLoadSpec,
  PrometheusEndpoint
} from '../../steady-state-model'
import { durationMs } from '../schema-primitives'
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
    ...(p.bearerToken === undefined ? {} : { bearerToken: p.bearerToken }),
    ...(p.sigv4 === undefined ? {} : { sigv4: toSigV4(p.sigv4, add) }),
    ...(p.scrapeInterval === undefined ? {} : { scrapeIntervalMs: durationMs(p.scrapeInterval) })
  }
}

/** The Datadog endpoint; an explicit `url` must be http(s). */
export function toDatadog(d: NonNullable<SteadyStateInput['datadog']>, add: Add): DatadogEndpoint {
  // Checked here, after ${VAR} interpolation, rather than as a schema pattern editors would apply
  // to the text before it.
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(d.site))
    add(
      ['datadog', 'site'],
      'steady-state/datadog-site',
      `datadog.site must be a host name such as datadoghq.eu; got '${d.site}'`
    )
  if (d.url !== undefined && !/^https?:\/\/[^\s/]+/.test(d.url))
    add(
      ['datadog', 'url'],
      'steady-state/url',
      `datadog.url must be an http:// or https:// URL; got '${d.url}'`
    )
  return {
    site: d.site,
    apiKey: d.apiKey,
    appKey: d.appKey,
    timeoutMs: durationMs(d.timeout),
    api: d.api,
    ...(d.url !== undefined && { url: d.url.replace(/\/+$/, '') })
  }
}

/** Amazon Managed Prometheus signing; a bearer token would be overwritten by the signature. */
function toSigV4(
  s: NonNullable<NonNullable<SteadyStateInput['prometheus']>['sigv4']>,
  add: Add
): NonNullable<PrometheusEndpoint['sigv4']> {
  if (s.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(s.region))
    add(
      ['prometheus', 'sigv4', 'region'],
      'steady-state/aws-region',
      `sigv4.region must be an AWS region such as eu-west-1; got '${s.region}'`
    )
  return { service: s.service, ...(s.region !== undefined && { region: s.region }) }
}

/** Where CloudWatch is read; an explicit `url` must be http(s), a region look like one. */
export function toCloudWatchEndpoint(
  c: NonNullable<SteadyStateInput['cloudwatch']>,
  add: Add
): CloudWatchEndpoint {
  if (c.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(c.region))
    add(
      ['cloudwatch', 'region'],
      'steady-state/aws-region',
      `cloudwatch.region must be an AWS region such as eu-west-1; got '${c.region}'`
    )
  if (c.url !== undefined && !/^https?:\/\/[^\s/]+/.test(c.url))
    add(
      ['cloudwatch', 'url'],
      'steady-state/url',
      `cloudwatch.url must be an http:// or https:// URL; got '${c.url}'`
    )
  return {
    timeoutMs: durationMs(c.timeout),
    maxAttempts: c.maxAttempts,
    ...(c.region !== undefined && { region: c.region }),
    ...(c.url !== undefined && { url: c.url.replace(/\/+$/, '') })
  }
}

/** Steady load: like the probe's, but always an absolute URL (it runs before any proxy exists). */
export function toLoad(p: NonNullable<SteadyStateInput['load']>, add: Add): ProbeLoadSpec {
  if (!/^https?:\/\/[^\s/]+/.test(p.url))
    add(
      ['load', 'url'],
      'steady-state/url',
      `load.url must be an http:// or https:// URL; got '${p.url}'`
    )
  return {
    url: p.url,
    method: p.method,
    ratePerSecond: p.rate,
    timeoutMs: durationMs(p.timeout),
    okStatus: p.okStatus.map((s) => toStatusRange(s, ['load', 'okStatus'], add)),
    headers: p.headers
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
  const okStatus = p.okStatus.map((s) => toStatusRange(s, ['probe', 'okStatus'], add))
  return {
    url: p.url,
    method: p.method,
    ratePerSecond: p.rate,
    timeoutMs: durationMs(p.timeout),
    okStatus,
    headers: p.headers
  }
}

function toStatusRange(
  s: number | string,
  path: DocPath,
  add: Add
): { readonly from: number; readonly to: number } {
  if (typeof s === 'number') return { from: s, to: s }
  const [from = 0, to = 0] = s.split('-').map(Number)
  if (from > to) add(path, 'steady-state/status', `status range '${s}' is reversed`)
  return { from, to }
}
