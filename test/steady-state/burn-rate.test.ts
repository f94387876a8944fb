import type { SloRule } from '../../src/manifest/steady-state-model'
import { concludeBudget, withBudgetSpend } from '../../src/steady-state/budget-spend'
import {
  budgetSpend,
  burnRate,
  LONG_WINDOW,
  SLO_WINDOW_LABEL,
  sloWindows
} from '../../src/steady-state/burn-rate'
import { judge } from '../../src/steady-state/evaluate'
import type { SeriesSample } from '../../src/steady-state/model'
import { makeCheck, values } from '../fakes/check'

const DAY = 86_400_000
const slo: SloRule = {
  objective: 0.999,
  errorRatio: 'sum(rate(errors[{{window}}])) / sum(rate(requests[{{window}}]))',
  periodMs: 30 * DAY,
  burnRate: [{ shortMs: 120_000, max: 14.4 }],
  maxBudgetSpend: 0.005
}
const check = makeCheck({ name: 'availability-burn', slo })
const during = { phase: 'during' as const }

/** Error ratios per window; labels optional. */
function windows(
  ratios: Record<string, number>,
  labels: Record<string, string> = {}
): SeriesSample[] {
  return Object.entries(ratios).map(([w, value]) => ({
    labels: { ...labels, [SLO_WINDOW_LABEL]: w },
    value
  }))
}

describe('burn rate: both windows must burn faster than max', () => {
  it.each([
    ['neither window over', { long: 0.001, '2m': 0.002 }, 'ok'],
    ['only the long window over', { long: 0.02, '2m': 0.001 }, 'ok'],
    ['only the short window over (a blip)', { long: 0.001, '2m': 0.5 }, 'ok'],
    ['both windows over', { long: 0.02, '2m': 0.03 }, 'breach'],
    ['both exactly at max (14.4x is not faster than 14.4x)', { long: 0.0144, '2m': 0.0144 }, 'ok']
  ])('%s → %s', (_name, ratios, level) => {
    expect(judge(check, values(0, ...windows(ratios)), during).level).toBe(level)
  })

  it('explains a breach with both burn rates and the factor', () => {
    const m = judge(check, values(0, ...windows({ long: 0.02, '2m': 0.03 })), during)
    expect(m.message).toBe(
      'availability-burn: burn rate 20x since the fault started and 30x over 2m > 14.4'
    )
    expect(m.series.map((s) => [s.labels, s.level, s.rule, s.bound])).toEqual([
      [{ slo_window: 'long' }, 'breach', 'slo.burnRate', 14.4],
      [{ slo_window: '2m' }, 'breach', 'slo.burnRate', 14.4]
    ])
    expect(m.series[0]?.value).toBeCloseTo(20)
    expect(m.series[1]?.value).toBeCloseTo(30)
  })

  it('reports burn rates when the budget holds', () => {
    const m = judge(check, values(0, ...windows({ long: 0.0005, '2m': 0.002 })), during)
    expect(m.message).toBe(
      'availability-burn: burn rate 0.5x since the fault started, 2x over 2m (max 14.4)'
    )
  })

  it('fires when any rule has both windows over its own max (multiwindow, multi-burn-rate)', () => {
    const two = makeCheck({
      slo: {
        ...slo,
        burnRate: [
          { shortMs: 120_000, max: 14.4 },
          { shortMs: 600_000, max: 6 }
        ]
      }
    })
    const m = judge(two, values(0, ...windows({ long: 0.01, '2m': 0.001, '10m': 0.008 })), during)
    expect(m.level).toBe('breach')
    expect(m.message).toContain('over 10m > 6')
  })

  it('has no data when the long window is NaN (0/0 with no traffic) or missing', () => {
    expect(judge(check, values(0, ...windows({ long: NaN, '2m': 0.5 })), during).level).toBe(
      'nodata'
    )
    expect(judge(check, values(0, ...windows({ '2m': 0.5 })), during).level).toBe('nodata')
    expect(judge(check, values(0), during).level).toBe('nodata')
  })

  it('cannot decide, so has no data, when the long window is over and the short one is NaN', () => {
    const m = judge(check, values(0, ...windows({ long: 0.02, '2m': NaN })), during)
    expect(m.level).toBe('nodata')
    expect(m.message).toContain('the 2m window has no data')
  })

  it('judges each label set on its own and reports the worst with its labels', () => {
    const m = judge(
      check,
      values(
        0,
        ...windows({ long: 0.0001, '2m': 0.0001 }, { route: '/home' }),
        ...windows({ long: 0.05, '2m': 0.05 }, { route: '/pay' })
      ),
      during
    )
    expect(m.level).toBe('breach')
    expect(m.message).toContain('{route="/pay"}')
    expect(m.series).toHaveLength(4)
  })

  it('names the long window for what it is before the fault', () => {
    const m = judge(check, values(0, ...windows({ long: 0.0005, '2m': 0.002 })), {
      phase: 'before'
    })
    expect(m.message).toContain('0.5x over the long window')
  })
})

describe('SLO windows', () => {
  const start = 1_000_000

  it('runs the long window from the fault start, whole seconds, rounded up', () => {
    expect(sloWindows(slo, start + 252_400, start, 60_000, 15_000)).toEqual([
      { label: LONG_WINDOW, ms: 253_000 },
      { label: '2m', ms: 120_000 }
    ])
  })

  it('clamps the long window to two scrape intervals, so rate() has two samples', () => {
    expect(sloWindows(slo, start + 3_000, start, 60_000, 15_000)[0]).toEqual({
      label: 'long',
      ms: 30_000
    })
  })

  it("uses the check's window before the fault", () => {
    expect(sloWindows(slo, start, undefined, 300_000, 15_000)[0]).toEqual({
      label: 'long',
      ms: 300_000
    })
  })

  it('queries a short window shared by two rules once', () => {
    const shared = {
      ...slo,
      burnRate: [
        { shortMs: 120_000, max: 14.4 },
        { shortMs: 120_000, max: 6 }
      ]
    }
    expect(sloWindows(shared, start, undefined, 60_000, 1000)).toHaveLength(2)
  })
})

describe('error budget spend', () => {
  it('is burn rate × duration / period (the workbook arithmetic)', () => {
    expect(burnRate(0.0144, 0.999)).toBeCloseTo(14.4)
    // 14.4x for 10 minutes: 0.33 % of a 30-day budget, 0.36 % of a 28-day one.
    expect(budgetSpend(14.4, 600_000, 30 * DAY)).toBeCloseTo(0.003333, 6)
    expect(budgetSpend(14.4, 600_000, 28 * DAY)).toBeCloseTo(0.003571, 6)
    // A burn rate of 1 for the whole period spends exactly the budget.
    expect(budgetSpend(1, 30 * DAY, 30 * DAY)).toBe(1)
  })

  const measured = (long: number, at = 0) =>
    judge(check, values(at, ...windows({ long, '2m': long })), during)

  it('fails the check at the end of the fault when the spend is over maxBudgetSpend', () => {
    // 20x for 15 minutes of 30 days = 0.694 % > 0.5 %.
    const out = concludeBudget(check, [measured(0.001, 1), measured(0.02, 2)], 900_000)
    expect(out).toMatchObject({ outcome: 'fail' })
    expect(out?.reason).toBe(
      'availability-burn: the fault spent 0.6944 % of the 720h error budget (mean burn rate 20x over 15m); maxBudgetSpend is 0.5 %'
    )
  })

  it('passes when the spend is within the cap, using the last measurement (the mean since the fault)', () => {
    const out = concludeBudget(check, [measured(0.02, 1), measured(0.005, 2)], 900_000)
    expect(out).toMatchObject({ outcome: 'pass' })
    if (out?.outcome === 'pass') expect(out.spend).toBeCloseTo(0.001736, 6)
  })

  it('is inconclusive without any error ratio during the fault, and absent without a cap', () => {
    expect(concludeBudget(check, [], 900_000)).toMatchObject({ outcome: 'inconclusive' })
    const uncapped = makeCheck({ slo: withoutCap(slo) })
    expect(concludeBudget(uncapped, [measured(0.5)], 900_000)).toBeUndefined()
  })
})

function withoutCap(rule: SloRule): SloRule {
  return {
    objective: rule.objective,
    errorRatio: rule.errorRatio,
    periodMs: rule.periodMs,
    burnRate: rule.burnRate
  }
}

describe('the budget rule at the end of the fault', () => {
  const spent = (long: number) => judge(check, values(1, ...windows({ long, '2m': long })), during)
  const other = makeCheck({ name: 'latency' })

  it('fails an SLO check that held its burn rate but overspent, whatever M-of-N said', () => {
    const out = withBudgetSpend(
      [
        { check: 'availability-burn', outcome: 'pass' as const, reason: '' },
        { check: 'latency', outcome: 'pass' as const, reason: '' }
      ],
      [check, other],
      [spent(0.02)],
      900_000
    )
    expect(out.map((c) => c.outcome)).toEqual(['fail', 'pass'])
    expect(out[0]?.reason).toContain('maxBudgetSpend is 0.5 %')
  })

  it('keeps a pass within budget and says what was spent; an unknown spend is inconclusive', () => {
    const [within] = withBudgetSpend(
      [{ check: 'availability-burn', outcome: 'pass' as const, reason: '' }],
      [check],
      [spent(0.001)],
      900_000
    )
    expect(within).toMatchObject({
      outcome: 'pass',
      reason: expect.stringMatching(
        /^availability-burn: the fault spent 0\.03472 % of the 720h error budget/
      ) as unknown
    })
    const [unknown] = withBudgetSpend(
      [{ check: 'availability-burn', outcome: 'pass' as const, reason: '' }],
      [check],
      [],
      900_000
    )
    expect(unknown?.outcome).toBe('inconclusive')
  })

  it('leaves a check that already failed as it is', () => {
    const failed = { check: 'availability-burn', outcome: 'fail' as const, reason: 'burned' }
    expect(withBudgetSpend([failed], [check], [spent(0.02)], 900_000)).toEqual([failed])
  })
})
