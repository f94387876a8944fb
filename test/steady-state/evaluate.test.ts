import { captureBaseline } from '../../src/steady-state/baseline'
import { judge } from '../../src/steady-state/evaluate'
import { formatValue } from '../../src/steady-state/format-value'
import { makeCheck, values } from '../fakes/check'

const during = { phase: 'during' as const }

describe('judge: thresholds', () => {
  const check = makeCheck({ threshold: { min: 0.1, max: 0.3 } })

  it.each([
    [0.2, 'ok'],
    [0.3, 'ok'],
    [0.1, 'ok'],
    [0.1 + 0.2, 'ok'],
    [0.30001, 'breach'],
    [0.0999, 'breach'],
    [Infinity, 'breach'],
    [-Infinity, 'breach']
  ])('value %p is %s (bounds are inclusive)', (v, level) => {
    expect(judge(check, values(1000, v), during).level).toBe(level)
  })

  it('says which bound broke, with the value and the labels', () => {
    const m = judge(
      check,
      values(1000, { labels: { job: 'checkout', code: '500' }, value: 0.72 }),
      during
    )
    expect(m.message).toBe('error-ratio = 0.72 {code="500",job="checkout"} > threshold.max 0.3')
    expect(m.series[0]).toMatchObject({ rule: 'threshold.max', bound: 0.3, level: 'breach' })
  })

  it('writes a breaching value in full when the short form would read the same as the bound', () => {
    const c = makeCheck({ threshold: { max: 0.05 } })
    expect(judge(c, values(0, 0.0500001), during).message).toBe(
      'error-ratio = 0.0500001 > threshold.max 0.05'
    )
    expect(judge(c, values(0, 0.0512345), during).message).toBe(
      'error-ratio = 0.05123 > threshold.max 0.05'
    )
  })

  it('puts values inside the threshold but outside warn in the grey zone', () => {
    const c = makeCheck({ threshold: { max: 0.05 }, warn: { max: 0.01 } })
    expect(judge(c, values(0, 0.02), during).level).toBe('warn')
    expect(judge(c, values(0, 0.005), during).level).toBe('ok')
    expect(judge(c, values(0, 0.06), during).level).toBe('breach')
  })
})

describe('judge: missing data is never a pass', () => {
  const check = makeCheck({ threshold: { max: 0.02 } })

  it('an empty vector is nodata', () => {
    const m = judge(check, values(0), during)
    expect(m.level).toBe('nodata')
    expect(m.message).toBe('no data: the query returned no series')
  })

  it('NaN in every series is nodata; NaN in one series drops only that series', () => {
    expect(judge(check, values(0, NaN, NaN), during).level).toBe('nodata')
    const m = judge(
      check,
      values(0, { labels: { pod: 'a' }, value: NaN }, { labels: { pod: 'b' }, value: 0.5 }),
      during
    )
    expect(m.level).toBe('breach')
    expect(m.series).toHaveLength(1)
  })

  it('a source error stays an error with its kind', () => {
    const m = judge(
      check,
      {
        kind: 'error',
        at: 0,
        errorKind: 'transport',
        message: 'connect ECONNREFUSED 127.0.0.1:9090'
      },
      during
    )
    expect(m).toMatchObject({ level: 'error', errorKind: 'transport' })
  })

  it('a guard that is unmet makes the measurement nodata even when the query has a value', () => {
    const c = makeCheck({
      threshold: { max: 0.02 },
      guard: { query: 'sum(rate(requests[1m]))', min: 0.5 }
    })
    const raw = { ...values(0, 0.0), guard: [{ labels: {}, value: 0.1 }] }
    const m = judge(c, raw, during)
    expect(m.level).toBe('nodata')
    expect(m.message).toContain("guard 'sum(rate(requests[1m]))' = 0.1 is outside min 0.5")
    expect(judge(c, { ...values(0, 0.0), guard: [{ labels: {}, value: 3 }] }, during).level).toBe(
      'ok'
    )
  })

  it('more than one series for a single-series check is a configuration error', () => {
    const c = makeCheck({ series: 'single', threshold: { max: 1 } })
    const m = judge(
      c,
      values(0, { labels: { pod: 'a' }, value: 0 }, { labels: { pod: 'b' }, value: 0 }),
      during
    )
    expect(m).toMatchObject({ level: 'error', errorKind: 'config' })
  })
})

describe('judge: relative to the baseline', () => {
  const check = makeCheck({ relative: { maxIncrease: 0.5, slack: 0.05 } })
  const before = [0.2, 0.21, 5.0, 0.19].map((v, i) =>
    judge(check, values(i, { labels: { route: '/pay' }, value: v }), { phase: 'before' })
  )
  const baseline = captureBaseline(before)

  it('uses the median of the before samples, so one outlier does not move it', () => {
    expect(baseline.get('route="/pay"')).toBeCloseTo(0.205)
  })

  it('breaches only when both the ratio and the slack are exceeded', () => {
    const at = (v: number) =>
      judge(check, values(0, { labels: { route: '/pay' }, value: v }), {
        phase: 'during',
        baseline
      })
    expect(at(0.3).level).toBe('ok')
    expect(at(0.31).level).toBe('breach')
    expect(at(0.31).message).toBe(
      'error-ratio = 0.31 {route="/pay"} > relative.maxIncrease 0.3075 (baseline 0.205)'
    )
  })

  it('falls back to the slack alone when the baseline is zero', () => {
    const zero = new Map([['', 0]])
    expect(judge(check, values(0, 0.05), { phase: 'during', baseline: zero }).level).toBe('ok')
    expect(judge(check, values(0, 0.06), { phase: 'during', baseline: zero }).level).toBe('breach')
  })

  it('checks a series that is new since the baseline by its absolute rules only', () => {
    const c = makeCheck({ relative: { maxIncrease: 0.5, slack: 0.05 }, threshold: { max: 1 } })
    const both = (route: string, v: number) =>
      judge(
        c,
        values(0, { labels: { route: '/pay' }, value: 0.2 }, { labels: { route }, value: v }),
        { phase: 'during', baseline }
      )
    expect(both('/new', 0.9).level).toBe('ok')
    expect(both('/new', 1.5)).toMatchObject({ level: 'breach' })
    expect(both('/new', 1.5).message).toContain('{route="/new"} > threshold.max 1')
  })

  it('treats a baseline series that has vanished (or is NaN now) as nodata for that series', () => {
    const m = judge(check, values(0, { labels: { route: '/new' }, value: 0.1 }), {
      phase: 'during',
      baseline
    })
    expect(m.level).toBe('nodata')
    expect(m.message).toBe(
      'no data: error-ratio has no value now for {route="/pay"}, which the baseline has'
    )
    const nan = judge(
      check,
      values(0, { labels: { route: '/pay' }, value: NaN }, { labels: { route: '/x' }, value: 0 }),
      {
        phase: 'during',
        baseline
      }
    )
    expect(nan.level).toBe('nodata')
  })

  it('lets a breach outrank a vanished series', () => {
    const two = captureBaseline([
      judge(
        check,
        values(0, { labels: { pod: 'a' }, value: 1 }, { labels: { pod: 'b' }, value: 1 }),
        {
          phase: 'before'
        }
      )
    ])
    const m = judge(check, values(0, { labels: { pod: 'a' }, value: 9 }), {
      phase: 'during',
      baseline: two
    })
    expect(m.level).toBe('breach')
  })

  it('matches series by labels, not by their order in the answer', () => {
    const two = captureBaseline([
      judge(
        check,
        values(0, { labels: { pod: 'a' }, value: 1 }, { labels: { pod: 'b' }, value: 10 }),
        {
          phase: 'before'
        }
      )
    ])
    const m = judge(
      check,
      values(0, { labels: { pod: 'b' }, value: 10 }, { labels: { pod: 'a' }, value: 1 }),
      { phase: 'during', baseline: two }
    )
    expect(m.level).toBe('ok')
    expect(m.series.map((s) => s.baseline)).toEqual([10, 1])
  })

  it('has no data when there is no baseline at all (never a pass, unlike Keptn)', () => {
    expect(judge(check, values(0, 0.1), { phase: 'during' }).level).toBe('nodata')
    expect(judge(check, values(0, 0.1), { phase: 'during', baseline: new Map() }).level).toBe(
      'nodata'
    )
  })

  it('checks decreases too', () => {
    const c = makeCheck({ relative: { maxDecrease: 0.2, slack: 1 } })
    const b = new Map([['', 100]])
    expect(judge(c, values(0, 81), { phase: 'after', baseline: b }).level).toBe('ok')
    expect(judge(c, values(0, 79), { phase: 'after', baseline: b }).level).toBe('breach')
  })

  it('does not apply before the fault, when there is no baseline yet', () => {
    expect(judge(check, values(0, 99), { phase: 'before' }).level).toBe('ok')
  })
})

describe('formatValue', () => {
  it.each([
    [0.123456, '0.1235'],
    [1234.5, '1235'],
    [1.5e21, '1.500e+21'],
    [1e-7, '1.000e-7'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [NaN, 'NaN'],
    [0, '0']
  ])('%p → %s', (v, text) => {
    expect(formatValue(v)).toBe(text)
  })
})
