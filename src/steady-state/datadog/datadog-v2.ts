/**
 * The v2 timeseries API of Datadog (`POST /api/v2/query/timeseries`): the request for named metric
 * queries and one formula over them, and the series of its answer. Each series of the answer is
 * one series of the measurement, labelled by its group tags; its value is its last non-null point.
 * An answer that says it has errors is cut short (partial data), never fewer values.
 */
import type { DatadogFormula } from '../../manifest/steady-state-model'
import type { SeriesSample } from '../model'
import { DatadogError, errorsOf } from './datadog-error'

export function timeseriesRequest(f: DatadogFormula, fromMs: number, toMs: number): unknown {
  return {
    data: {
      type: 'timeseries_request',
      attributes: {
        from: Math.floor(fromMs),
        to: Math.ceil(toMs),
        queries: Object.entries(f.queries).map(([name, query]) => ({
          data_source: 'metrics',
          name,
          query
        })),
        formulas: [{ formula: f.formula }]
      }
    }
  }
}

export function timeseriesSeries(body: unknown): SeriesSample[] {
  if (typeof body !== 'object' || body === null)
    throw new DatadogError('server', 'Datadog answered something other than JSON')
  const said = errorsOf(body)
  const attributes = attributesOf(body)
  if (said && !attributes) throw new DatadogError('query', `Datadog rejected the query: ${said}`)
  if (said) throw new DatadogError('partial', `Datadog answered part of the query: ${said}`)
  if (!attributes) throw new DatadogError('server', 'Datadog answered without timeseries data')
  const series: readonly unknown[] = Array.isArray(attributes['series']) ? attributes['series'] : []
  const values: readonly unknown[] = Array.isArray(attributes['values']) ? attributes['values'] : []
  if (series.length !== values.length)
    throw new DatadogError(
      'server',
      `Datadog answered ${series.length} series with ${values.length} value lists`
    )
  return series.map((s, i) => {
    const tags = recordOf(s)['group_tags']
    const scope = Array.isArray(tags) && tags.length > 0 ? tags.map(String).join(',') : '*'
    const points: readonly unknown[] = Array.isArray(values[i]) ? (values[i] as unknown[]) : []
    const last = points.filter((v): v is number => typeof v === 'number').at(-1)
    return { labels: { scope }, value: last ?? Number.NaN }
  })
}

function attributesOf(body: unknown): Record<string, unknown> | undefined {
  const data = recordOf(body)['data']
  const attributes = recordOf(data)['attributes']
  return typeof attributes === 'object' && attributes !== null
    ? (attributes as Record<string, unknown>)
    : undefined
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}
