import { decideErrorBudget, type ErrorBudgetRule } from '../../src/steady-state/error-budget'
import { parseErrorBudget } from '../../src/steady-state/error-budget-setting'

const DAY = 86_400_000
const availability: ErrorBudgetRule = {
  name: 'checkout-availability',
  minRemaining: 0.25,
  source: {
    kind: 'slo',
    objective: 0.999,
    errorRatio: 'sum(rate(errors[{{window}}])) / sum(rate(requests[{{window}}]))',
    periodMs: 30 * DAY
  }
}
const recorded: ErrorBudgetRule = {
  name: 'api',
  minRemaining: 0.1,
  source: { kind: 'remaining', query: 'slo:error_budget_remaining:ratio{service="api"}' }
}
const values = (...vs: number[]) => ({
  kind: 'values' as const,
  series: vs.map((value) => ({ labels: {}, value }))
})

describe('error budget decision', () => {
  it('runs when every budget is above its floor', () => {
    // 0.0005 error ratio against a 0.1 % budget: half of it left.
    const d = decideErrorBudget([availability, recorded], [values(0.0005), values(0.8)])
    expect(d.decision).toBe('run')
    if (d.decision === 'run')
      expect(d.readings.map((r) => r.remaining)).toEqual([expect.closeTo(0.5), 0.8])
  })

  it('skips, with the reason, when one budget is below its floor', () => {
    const d = decideErrorBudget([availability, recorded], [values(0.0009), values(0.8)])
    expect(d).toMatchObject({
      decision: 'skip',
      reason:
        'error budget exhausted: checkout-availability has 10 % of its error budget left, below the 25 % floor; experiments are paused until it recovers'
    })
  })

  it('treats exactly the floor as enough, and an overspent budget as exhausted', () => {
    expect(decideErrorBudget([recorded], [values(0.1)]).decision).toBe('run')
    expect(decideErrorBudget([availability], [values(0.002)])).toMatchObject({
      decision: 'skip',
      reason: expect.stringContaining('has -100 % of its error budget left') as unknown
    })
  })

  it('names the label set of a budget that is exhausted for one series only', () => {
    const d = decideErrorBudget(
      [recorded],
      [
        {
          kind: 'values',
          series: [
            { labels: { service: 'a' }, value: 0.9 },
            { labels: { service: 'b' }, value: 0.01 }
          ]
        }
      ]
    )
    expect(d).toMatchObject({
      decision: 'skip',
      reason: expect.stringContaining('api {service="b"} has 1 %') as unknown
    })
  })

  it('is unknown, never a pass, when a budget cannot be read', () => {
    expect(decideErrorBudget([recorded], [values()])).toEqual({
      decision: 'unknown',
      reason:
        'the remaining error budget could not be read, so nothing was injected (api: the query returned no data)'
    })
    expect(decideErrorBudget([recorded], [values(NaN)]).decision).toBe('unknown')
    expect(
      decideErrorBudget([recorded], [{ kind: 'error', message: 'cannot reach Prometheus' }])
        .decision
    ).toBe('unknown')
  })

  it('still skips when one budget is exhausted and another is unreadable (skipping injects nothing)', () => {
    const d = decideErrorBudget(
      [availability, recorded],
      [values(0.01), { kind: 'error', message: 'timeout' }]
    )
    expect(d.decision).toBe('skip')
  })
})

describe('the error-budget setting', () => {
  it('reads a list of SLOs in either form, with percentages and durations', () => {
    const rules = parseErrorBudget(`
- name: checkout-availability
  objective: 99.9%
  errorRatio: sum(rate(errors[{{window}}])) / sum(rate(requests[{{window}}]))
  period: 28d
  minRemaining: 25%
- name: api
  query: slo:error_budget_remaining:ratio{service="api"}
  minRemaining: 0.1
`)
    expect(rules).toEqual([
      { ...availability, source: { ...availability.source, periodMs: 28 * DAY } },
      recorded
    ])
  })

  it('reads a single SLO written as JSON', () => {
    expect(parseErrorBudget('{"name":"api","query":"x","minRemaining":"10%"}')).toHaveLength(1)
  })

  it.each([
    ['not YAML', 'a: [', "Invalid input 'error-budget': not YAML or JSON"],
    [
      'a missing floor',
      'name: api\nquery: x',
      '0.minRemaining: a fraction like 0.25 or a percentage like 25%'
    ],
    [
      'neither form',
      'name: api\nminRemaining: 0',
      'needs query, or all of objective, errorRatio and period'
    ],
    ['both forms', 'name: a\nquery: x\nobjective: 99%\nminRemaining: 0', 'not both'],
    [
      'an unknown placeholder',
      'name: a\nobjective: 99%\nerrorRatio: rate(x[{{duration}}])\nperiod: 30d\nminRemaining: 0',
      'errorRatio'
    ],
    [
      'an objective of 100%',
      'name: a\nobjective: 100%\nerrorRatio: rate(x[{{window}}])\nperiod: 30d\nminRemaining: 0',
      'objective'
    ],
    [
      'a bad period',
      'name: a\nobjective: 99%\nerrorRatio: rate(x[{{window}}])\nperiod: monthly\nminRemaining: 0',
      'period'
    ]
  ])('refuses %s', (_name, text, detail) => {
    expect(() => parseErrorBudget(text)).toThrow(detail)
  })
})
