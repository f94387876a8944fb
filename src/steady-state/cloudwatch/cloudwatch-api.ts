/**
 * GetMetricData over the official SDK (`@aws-sdk/client-cloudwatch`), the one call the source
 * makes. Credentials come only from the SDK's default chain (on GitHub: OIDC through
 * aws-actions/configure-aws-credentials); the endpoint may be overridden by the manifest's `url`,
 * else AWS_ENDPOINT_URL_CLOUDWATCH, then AWS_ENDPOINT_URL (how the tests reach a local
 * CloudWatch-compatible server). Pages are followed through NextToken, and a result split across
 * pages is joined back by its id.
 */
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type MetricDataQuery,
  type MetricDataResult
} from '@aws-sdk/client-cloudwatch'

import type { CloudWatchEndpoint, CloudWatchQuery } from '../../manifest/steady-state-model'

/** One result after every page: its points newest first, and the worst status any page gave. */
export interface CloudWatchSeries {
  readonly id: string
  readonly label: string
  readonly values: readonly number[]
  readonly status: string
  readonly messages: readonly string[]
}

export interface CloudWatchAnswer {
  readonly series: readonly CloudWatchSeries[]
  /** Messages about the whole request (MaxQueryTimeRangeExceed, …). */
  readonly messages: readonly string[]
}

/** The narrow port the source uses; tests drive the real SDK against a local endpoint. */
export interface CloudWatchApi {
  getMetricData(
    q: CloudWatchQuery,
    range: { readonly start: number; readonly end: number },
    signal: AbortSignal
  ): Promise<CloudWatchAnswer>
  /** Closes the SDK's keep-alive connections. */
  close(): void
}

/** The id the expression's (or the single metric's) answer comes back under. */
export const VALUE_ID = 'value'
/** A request that still has a NextToken after this many pages is refused as partial. */
export const MAX_PAGES = 10

export function cloudWatchApi(
  endpoint: CloudWatchEndpoint,
  env: Readonly<Record<string, string | undefined>>
): CloudWatchApi {
  const url = endpoint.url ?? env.AWS_ENDPOINT_URL_CLOUDWATCH ?? env.AWS_ENDPOINT_URL
  const client = new CloudWatchClient({
    ...(endpoint.region === undefined ? {} : { region: endpoint.region }),
    ...(url === undefined || url === '' ? {} : { endpoint: url }),
    // The SDK retries throttling and 5xx with its own back-off.
    maxAttempts: endpoint.maxAttempts
  })
  return {
    async getMetricData(q, range, signal) {
      const queries = metricDataQueries(q)
      const byId = new Map<string, Joined>()
      const messages: string[] = []
      let nextToken: string | undefined
      for (let page = 0; page < MAX_PAGES; page++) {
        const out = await client.send(
          new GetMetricDataCommand({
            MetricDataQueries: queries,
            StartTime: new Date(range.start),
            EndTime: new Date(range.end),
            ScanBy: 'TimestampDescending',
            ...(nextToken === undefined ? {} : { NextToken: nextToken })
          }),
          { abortSignal: AbortSignal.any([signal, AbortSignal.timeout(endpoint.timeoutMs)]) }
        )
        for (const r of out.MetricDataResults ?? []) join(byId, r)
        messages.push(...(out.Messages ?? []).map((m) => `${m.Code ?? ''}: ${m.Value ?? ''}`))
        nextToken = out.NextToken
        if (!nextToken) break
      }
      const series = [...byId.values()].map((s) => ({
        id: s.id,
        label: s.label,
        values: s.values,
        // A page still to come means the answer is cut short, whatever the last page said.
        status: nextToken ? 'PartialData' : worst(s.statuses),
        messages: s.messages
      }))
      return { series, messages }
    },
    close: () => client.destroy()
  }
}

interface Joined {
  readonly id: string
  readonly label: string
  readonly values: number[]
  readonly statuses: string[]
  readonly messages: string[]
}

function join(byId: Map<string, Joined>, r: MetricDataResult): void {
  const id = r.Id ?? ''
  // A SEARCH expression answers several series under its one id, told apart by their labels.
  const key = `${id}\u0000${r.Label ?? ''}`
  const s = byId.get(key) ?? { id, label: r.Label ?? id, values: [], statuses: [], messages: [] }
  s.values.push(...(r.Values ?? []))
  s.statuses.push(r.StatusCode ?? 'Complete')
  s.messages.push(...(r.Messages ?? []).map((m) => `${m.Code ?? ''}: ${m.Value ?? ''}`))
  byId.set(key, s)
}

/**
 * The last page decides (PartialData on an earlier page is completed by the pages after it),
 * unless a page failed.
 */
function worst(statuses: readonly string[]): string {
  const failed = statuses.find((s) => s === 'InternalError' || s === 'Forbidden')
  return failed ?? statuses.at(-1) ?? 'Complete'
}

/** The metrics as MetricStat queries, and the value as the one query that returns data. */
function metricDataQueries(q: CloudWatchQuery): MetricDataQuery[] {
  const single = q.expression === undefined
  const metrics = Object.entries(q.metrics).map(([id, m]): MetricDataQuery => {
    return {
      Id: single ? VALUE_ID : id,
      MetricStat: {
        Metric: {
          Namespace: m.namespace,
          MetricName: m.name,
          Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value }))
        },
        Period: q.periodSeconds,
        Stat: m.stat
      },
      ReturnData: single
    }
  })
  if (q.expression === undefined) return metrics
  return [
    ...metrics,
    { Id: VALUE_ID, Expression: q.expression, Period: q.periodSeconds, ReturnData: true }
  ]
}
