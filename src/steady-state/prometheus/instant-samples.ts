import { truncate } from '../../util/errors'
import type { SeriesSample } from '../model'
import { permanent } from './prometheus-error'
import type { QueryResult } from './result-data'

/**
 * The series of an instant query's result (docs/prometheus.md, "Results"): a vector as-is, a scalar as one
 * unlabelled series. A range vector or a string cannot be judged, so they are configuration errors
 * that say how to fix the query.
 */
export function instantSamples(result: QueryResult, expr: string): SeriesSample[] {
  switch (result.resultType) {
    case 'vector':
      return [...result.series]
    case 'scalar':
      return [{ labels: {}, value: result.value }]
    case 'matrix':
      throw permanent(
        'config',
        `the query '${truncate(expr, 120)}' returned a range vector; a check needs an instant vector or a scalar: wrap the range selector in a function such as rate(...[5m]) or avg_over_time(...[5m])`
      )
    case 'string':
      throw permanent(
        'config',
        `the query '${truncate(expr, 120)}' returned a string; a check needs a number (an instant vector or a scalar)`
      )
  }
}
