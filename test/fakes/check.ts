import type { CheckSpec } from '../../src/manifest/steady-state-model'
import type { Measurement, RawMeasurement, SeriesSample } from '../../src/steady-state/model'

/** A check with the documented defaults, overridable per test. */
export function makeCheck(overrides: Partial<CheckSpec> = {}): CheckSpec {
  return {
    name: 'error-ratio',
    source: 'prometheus',
    query: 'sum(rate(errors[1m])) / sum(rate(requests[1m]))',
    phases: ['before', 'during', 'after'],
    breaches: 1,
    of: 1,
    errorLimit: 3,
    noData: 'inconclusive',
    series: 'each',
    dryRun: false,
    windowMs: 60_000,
    location: { file: 'experiments/checkout.yaml', line: 12, col: 7 },
    ...overrides
  }
}

/** A raw answer with the given values, one unlabelled series each, or labelled samples. */
export function values(
  at: number,
  ...series: (number | SeriesSample)[]
): Extract<RawMeasurement, { kind: 'values' }> {
  return {
    kind: 'values',
    at,
    warnings: [],
    series: series.map((s) => (typeof s === 'number' ? { labels: {}, value: s } : s))
  }
}

/** A measurement at a level, for state-machine tests that do not need real judging. */
export function measured(level: Measurement['level'], at = 0, check = 'error-ratio'): Measurement {
  return { check, phase: 'during', at, level, series: [], message: `${check} ${level}` }
}
