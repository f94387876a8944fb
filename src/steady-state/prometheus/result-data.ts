/**
 * The `data` member of a successful query answer, validated into typed results (docs/prometheus.md, "Results").
 * Labels are kept on every series: series are matched by label set, never by position.
 */
import { z } from 'zod'

import type { SeriesSample } from '../model'
import { permanent, PrometheusError } from './prometheus-error'
import { parseSampleValue } from './sample-value'

/** One point of a range series; `at` is epoch ms. */
export interface Point {
  readonly at: number
  readonly value: number
}

/** One series of a range (matrix) result. */
export interface RangeSeries {
  readonly labels: Readonly<Record<string, string>>
  readonly points: readonly Point[]
}

/** A query result by type. Instant vectors keep the evaluation time as `at`. */
export type QueryResult =
  | { readonly resultType: 'vector'; readonly series: readonly SeriesSample[] }
  | { readonly resultType: 'scalar'; readonly at: number; readonly value: number }
  | { readonly resultType: 'matrix'; readonly series: readonly RangeSeries[] }
  | { readonly resultType: 'string'; readonly at: number; readonly value: string }

const labels = z.record(z.string(), z.string())
const point = z.tuple([z.number(), z.string()])
const vectorItem = z.object({
  metric: labels,
  value: point.optional(),
  histogram: z.unknown().optional()
})
const matrixItem = z.object({
  metric: labels,
  values: z.array(point).optional(),
  histograms: z.unknown().optional()
})
const data = z.discriminatedUnion('resultType', [
  z.object({ resultType: z.literal('vector'), result: z.array(vectorItem) }),
  z.object({ resultType: z.literal('matrix'), result: z.array(matrixItem) }),
  z.object({ resultType: z.literal('scalar'), result: point }),
  z.object({ resultType: z.literal('string'), result: point })
])

const KNOWN_TYPES = new Set(['vector', 'matrix', 'scalar', 'string'])

const HISTOGRAM_HINT =
  'native histogram samples are not supported; query a float instead, e.g. histogram_quantile(0.99, ...), histogram_count(...) or histogram_sum(...)'

/** Validates `data` and converts every sample value. Throws a PrometheusError for bad shapes. */
export function readResultData(raw: unknown): QueryResult {
  const type = resultTypeOf(raw)
  if (type !== undefined && !KNOWN_TYPES.has(type)) {
    throw malformed(`unknown resultType '${type}'`)
  }
  const parsed = data.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? `${first.path.join('.') || 'data'}: ${first.message}` : 'data'
    throw malformed(`the answer's data does not have the documented shape (${where})`)
  }
  const d = parsed.data
  switch (d.resultType) {
    case 'vector':
      return { resultType: 'vector', series: d.result.map(toSample) }
    case 'matrix':
      return { resultType: 'matrix', series: d.result.map(toRangeSeries) }
    case 'scalar':
      return { resultType: 'scalar', at: d.result[0] * 1000, value: toValue(d.result[1]) }
    case 'string':
      return { resultType: 'string', at: d.result[0] * 1000, value: d.result[1] }
  }
}

function toSample(item: z.infer<typeof vectorItem>): SeriesSample {
  if (item.value === undefined) {
    if (item.histogram !== undefined) throw permanent('config', HISTOGRAM_HINT)
    throw malformed('a vector sample has neither `value` nor `histogram`')
  }
  return { labels: item.metric, value: toValue(item.value[1]), at: item.value[0] * 1000 }
}

function toRangeSeries(item: z.infer<typeof matrixItem>): RangeSeries {
  if (item.histograms !== undefined) throw permanent('config', HISTOGRAM_HINT)
  const points = (item.values ?? []).map(([t, v]) => ({ at: t * 1000, value: toValue(v) }))
  return { labels: item.metric, points }
}

function toValue(text: string): number {
  const value = parseSampleValue(text)
  if (value === undefined) throw malformed(`sample value '${text.slice(0, 40)}' is not a number`)
  return value
}

function resultTypeOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('resultType' in raw)) return undefined
  return typeof raw.resultType === 'string' ? raw.resultType : undefined
}

function malformed(what: string): PrometheusError {
  return new PrometheusError(`malformed answer from Prometheus: ${what}`, {
    kind: 'server',
    transient: false
  })
}
