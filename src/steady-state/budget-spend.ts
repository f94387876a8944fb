/**
 * The error budget an experiment spent (docs/prometheus.md, "SLO burn rate and error budget"), decided once at the
 * end of the fault: the long window of the last measurement runs from the fault start, so its
 * burn rate is the traffic-weighted mean over the fault, and spend = mean burn × duration / period.
 */
import type { CheckSpec } from '../manifest/steady-state-model'
import { toGoDuration } from '../util/duration'
import { budgetSpend, LONG_WINDOW, SLO_WINDOW_LABEL } from './burn-rate'
import { formatValue } from './format-value'
import type { CheckOutcome, Measurement } from './model'
import { above } from './tolerance'

/** What the budget rule concluded for the fault phase. */
export type BudgetOutcome =
  | { readonly outcome: 'pass'; readonly spend: number; readonly reason: string }
  | { readonly outcome: 'fail'; readonly spend: number; readonly reason: string }
  | { readonly outcome: 'inconclusive'; readonly reason: string }

/**
 * Judges the budget a fault spent, from the check's `during` measurements and how long the fault
 * was in place. Undefined when the check has no `maxBudgetSpend`.
 */
export function concludeBudget(
  check: CheckSpec,
  during: readonly Measurement[],
  faultDurationMs: number
): BudgetOutcome | undefined {
  const slo = check.slo
  if (!slo || slo.maxBudgetSpend === undefined) return undefined
  const burn = lastLongBurn(check.name, during)
  if (burn === undefined) {
    return {
      outcome: 'inconclusive',
      reason: `${check.name}: no error ratio was measured during the fault, so the error budget it spent is unknown`
    }
  }
  const spend = budgetSpend(burn, faultDurationMs, slo.periodMs)
  const facts = `${percent(spend)} of the ${toGoDuration(slo.periodMs)} error budget (mean burn rate ${formatValue(burn)}x over ${toGoDuration(faultDurationMs)})`
  if (above(spend, slo.maxBudgetSpend)) {
    return {
      outcome: 'fail',
      spend,
      reason: `${check.name}: the fault spent ${facts}; maxBudgetSpend is ${percent(slo.maxBudgetSpend)}`
    }
  }
  return { outcome: 'pass', spend, reason: `${check.name}: the fault spent ${facts}` }
}

/** The highest long-window burn rate over the label sets of the last measurement that had one. */
function lastLongBurn(check: string, during: readonly Measurement[]): number | undefined {
  for (let i = during.length - 1; i >= 0; i--) {
    const m = during[i] as Measurement
    if (m.check !== check || m.phase !== 'during') continue
    const longs = m.series.filter((s) => s.labels[SLO_WINDOW_LABEL] === LONG_WINDOW)
    if (longs.length > 0) return Math.max(...longs.map((s) => s.value))
  }
  return undefined
}

function percent(fraction: number): string {
  return `${formatValue(fraction * 100)} %`
}

/** A check's phase result, as the engine keeps it (the shape of monitor.ts PhaseConclusion). */
interface Conclusion {
  readonly check: string
  readonly outcome: CheckOutcome
  readonly reason: string
}

/**
 * Folds the budget rule into the `during` results at the end of the fault: an overspent budget
 * fails the check whatever M-of-N said, and an unknown spend is never a pass.
 */
export function withBudgetSpend<C extends Conclusion>(
  conclusions: readonly C[],
  checks: readonly CheckSpec[],
  during: readonly Measurement[],
  faultDurationMs: number
): C[] {
  return conclusions.map((c) => {
    const check = checks.find((x) => x.name === c.check)
    const budget = check && concludeBudget(check, during, faultDurationMs)
    if (!budget || c.outcome === 'fail') return c
    if (budget.outcome === 'fail') return { ...c, outcome: 'fail', reason: budget.reason }
    if (budget.outcome === 'inconclusive' && c.outcome !== 'inconclusive')
      return { ...c, outcome: 'inconclusive', reason: budget.reason }
    return c.reason === '' ? { ...c, reason: budget.reason } : c
  })
}
