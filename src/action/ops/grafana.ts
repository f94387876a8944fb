/**
 * Grafana annotations (HTTP API, POST /api/annotations with a service-account token): the fault
 * window of each experiment as a region from injection to removal, and the abort as its own
 * point, on the dashboards named in `grafana-dashboards` or organisation-wide with tags, so any
 * dashboard can show them with an annotation query on the `chaos-gate` tag.
 */
import type { ExperimentReport, GateReport } from '../../gate/result'
import { requestJson, splitCredentials } from './http-json'

export interface GrafanaAnnotation {
  readonly dashboardUID?: string
  readonly time: number
  readonly timeEnd?: number
  readonly tags: readonly string[]
  readonly text: string
}

/** The annotations for a finished run: per injected experiment, its window and its abort. */
export function faultAnnotations(
  report: GateReport,
  dashboards: readonly string[],
  runUrl?: string
): GrafanaAnnotation[] {
  const targets = dashboards.length > 0 ? dashboards : [undefined]
  return report.experiments.flatMap((e) =>
    windowOf(e, report, runUrl).flatMap((a) =>
      targets.map((uid) => ({ ...a, ...(uid && { dashboardUID: uid }) }))
    )
  )
}

function windowOf(e: ExperimentReport, report: GateReport, runUrl?: string): GrafanaAnnotation[] {
  const start = e.fault.injectedAt
  if (start === undefined) return []
  const end = e.fault.removedAt ?? e.fault.abortedAt ?? e.endedAt
  const tags = ['chaos-gate', report.environment, e.name, e.verdict]
  const link = runUrl ? ` (${runUrl})` : ''
  const window: GrafanaAnnotation = {
    time: start,
    timeEnd: Math.max(start, end),
    tags,
    text: `chaos-gate: ${e.name} (${e.backend} ${e.kind}${e.action ? ` ${e.action}` : ''}) fault window, verdict ${e.verdict}${link}`
  }
  const aborted = e.fault.abortedAt
  if (aborted === undefined) return [window]
  return [
    window,
    {
      time: aborted,
      tags: [...tags, 'abort'],
      text: `chaos-gate: ${e.name} aborted${e.fault.abortReason ? `: ${e.fault.abortReason}` : ''}`
    }
  ]
}

export async function createAnnotation(
  fetchFn: typeof fetch,
  baseUrl: string,
  token: string,
  annotation: GrafanaAnnotation,
  signal?: AbortSignal
): Promise<void> {
  const { url, headers } = splitCredentials(baseUrl)
  await requestJson(
    fetchFn,
    {
      system: 'grafana',
      op: 'create annotation',
      target: annotation.dashboardUID ?? 'organisation',
      method: 'POST',
      url: `${url}/api/annotations`,
      headers: { ...headers, ...(token && { authorization: `Bearer ${token}` }) },
      body: annotation
    },
    signal
  )
}
