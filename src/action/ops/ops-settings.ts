/**
 * The optional observability hooks: an Alertmanager silence for the run, and Grafana annotations
 * for the fault windows. Both are best-effort; only their inputs are validated here.
 */
import type { InputReader } from '../input-reader'

export interface OpsSettings {
  /** Alertmanager's root URL (without /api/v2); credentials in it become a Basic header. */
  readonly alertmanagerUrl?: string
  readonly grafana?: {
    readonly url: string
    /** A service-account token with the annotations:write permission; a secret. */
    readonly token: string
    /** Dashboard UIDs to annotate; empty: organisation-wide annotations, found by tag. */
    readonly dashboards: readonly string[]
  }
}

export function readOpsSettings(inputs: InputReader): OpsSettings | undefined {
  const alertmanagerUrl = httpUrl(inputs, 'alertmanager-url')
  const grafanaUrl = httpUrl(inputs, 'grafana-url')
  const token = inputs.optional('grafana-token') ?? ''
  const dashboards = inputs.lines('grafana-dashboards')
  if (!grafanaUrl && (token || dashboards.length > 0)) {
    inputs.reject('grafana-url', "'grafana-token' and 'grafana-dashboards' need 'grafana-url'")
  }
  if (!alertmanagerUrl && !grafanaUrl) return undefined
  return {
    ...(alertmanagerUrl && { alertmanagerUrl }),
    ...(grafanaUrl && { grafana: { url: grafanaUrl, token, dashboards } })
  }
}

function httpUrl(
  inputs: InputReader,
  name: 'alertmanager-url' | 'grafana-url'
): string | undefined {
  const value = inputs.optional(name)
  if (value === undefined) return undefined
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return value
  } catch {
    // reported below
  }
  inputs.reject(name, 'expected an http:// or https:// URL (credentials in it are masked)')
  return undefined
}
