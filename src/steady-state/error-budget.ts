/**
 * Error-budget awareness (docs/prometheus.md, "Skipping experiments when the error budget is exhausted"): before any fault, the gate reads the remaining error
 * budget of the SLOs named in the `error-budget` setting, and skips every experiment, with the
 * reason, when one of them is below its floor: chaos should not spend budget the service no longer
 * has. A budget that cannot be read is not a pass either: nothing is injected and the experiment
 * is inconclusive.
 */
import { truncate } from '../util/errors'
import { formatValue } from './format-value'
import type { SeriesSample } from './model'
import { formatLabels } from './series-key'
import { below } from './tolerance'

/** Where one SLO's remaining budget comes from. */
export type BudgetSource =
  /** A query that already gives the remaining fraction (a Sloth or Pyrra recording rule). */
  | { readonly kind: 'remaining'; readonly query: string }
  /** An SLO: remaining = 1 − errorRatio over the period / (1 − objective). */
  | {
      readonly kind: 'slo'
      readonly objective: number
      /** PromQL error ratio with `{{window}}`, rendered as the whole period. */
      readonly errorRatio: string
      readonly periodMs: number
    }

/** One SLO whose budget gates the run. */
export interface ErrorBudgetRule {
  readonly name: string
  readonly source: BudgetSource
  /** Experiments are skipped when less than this fraction of the budget remains (0.25 = 25 %). */
  readonly minRemaining: number
}

/** The remaining budget of one series of one rule. */
export interface BudgetReading {
  readonly rule: string
  readonly labels: Readonly<Record<string, string>>
  /** 1 = untouched, 0 = spent, negative = overspent. */
  readonly remaining: number
}

/** What a rule's query came to: its series, or why it could not be read. */
export type BudgetAnswer =
  | { readonly kind: 'values'; readonly series: readonly SeriesSample[] }
  | { readonly kind: 'error'; readonly message: string }

/** Whether the run may inject faults. */
export type BudgetDecision =
  | { readonly decision: 'run'; readonly readings: readonly BudgetReading[] }
  | {
      readonly decision: 'skip'
      readonly reason: string
      readonly readings: readonly BudgetReading[]
    }
  | { readonly decision: 'unknown'; readonly reason: string }

/** The remaining budget per series of one rule's answer; NaN series (no traffic) are dropped. */
export function readBudget(
  rule: ErrorBudgetRule,
  series: readonly SeriesSample[]
): BudgetReading[] {
  const src = rule.source
  return series
    .filter((s) => !Number.isNaN(s.value))
    .map((s) => ({
      rule: rule.name,
      labels: s.labels,
      remaining: src.kind === 'remaining' ? s.value : 1 - s.value / (1 - src.objective)
    }))
}

/**
 * Decides from every rule's answer. A budget below its floor skips the run even when another rule
 * could not be read, since skipping injects nothing; otherwise an unreadable rule is unknown.
 */
export function decideErrorBudget(
  rules: readonly ErrorBudgetRule[],
  answers: readonly BudgetAnswer[]
): BudgetDecision {
  const readings: BudgetReading[] = []
  const unknown: string[] = []
  rules.forEach((rule, i) => {
    const answer = answers[i]
    if (!answer || answer.kind === 'error') {
      unknown.push(`${rule.name}: ${answer ? truncate(answer.message, 200) : 'not measured'}`)
      return
    }
    const read = readBudget(rule, answer.series)
    if (read.length === 0) unknown.push(`${rule.name}: the query returned no data`)
    readings.push(...read)
  })
  const exhausted = readings.filter((r) => {
    const rule = rules.find((x) => x.name === r.rule)
    return rule !== undefined && below(r.remaining, rule.minRemaining)
  })
  if (exhausted.length > 0) {
    return { decision: 'skip', reason: skipReason(rules, exhausted), readings }
  }
  if (unknown.length > 0) {
    return {
      decision: 'unknown',
      reason: `the remaining error budget could not be read, so nothing was injected (${unknown.join('; ')})`
    }
  }
  return { decision: 'run', readings }
}

function skipReason(
  rules: readonly ErrorBudgetRule[],
  exhausted: readonly BudgetReading[]
): string {
  const parts = exhausted.map((r) => {
    const floor = rules.find((x) => x.name === r.rule)?.minRemaining ?? 0
    const labels = Object.keys(r.labels).length > 0 ? ` ${formatLabels(r.labels)}` : ''
    return `${r.rule}${labels} has ${percent(r.remaining)} of its error budget left, below the ${percent(floor)} floor`
  })
  return `error budget exhausted: ${parts.join('; ')}; experiments are paused until it recovers`
}

function percent(fraction: number): string {
  return `${formatValue(fraction * 100)} %`
}
