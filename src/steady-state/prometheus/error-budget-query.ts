/**
 * Reads the remaining error budgets from Prometheus, at server time, and decides whether the run
 * may inject faults (the decision itself is pure: ../error-budget.ts). Long periods make heavy
 * queries (`rate(...[30d])`); a recording rule through the `query` form is the cheaper choice.
 */
import { renderQuery } from '../../manifest/queries/query-template'
import {
  type BudgetAnswer,
  type BudgetDecision,
  decideErrorBudget,
  type ErrorBudgetRule
} from '../error-budget'
import type { PrometheusClient } from './client'
import { instantSamples } from './instant-samples'
import { PrometheusError } from './prometheus-error'

/** The query that gives a rule's remaining budget (query form) or its error ratio over the period. */
export function budgetQuery(rule: ErrorBudgetRule): string {
  const src = rule.source
  if (src.kind === 'remaining') return src.query
  return renderQuery(src.errorRatio, {
    windowMs: src.periodMs,
    startMs: 0,
    endMs: 0,
    minDurationMs: 0
  })
}

/** Queries every rule concurrently and decides. Only cancellation throws. */
export async function checkErrorBudgets(
  rules: readonly ErrorBudgetRule[],
  client: PrometheusClient,
  signal: AbortSignal
): Promise<BudgetDecision> {
  const answers = await Promise.all(rules.map((rule) => answerFor(rule, client, signal)))
  return decideErrorBudget(rules, answers)
}

async function answerFor(
  rule: ErrorBudgetRule,
  client: PrometheusClient,
  signal: AbortSignal
): Promise<BudgetAnswer> {
  try {
    const expr = budgetQuery(rule)
    const answer = await client.query(expr, { signal })
    return { kind: 'values', series: instantSamples(answer.result, expr) }
  } catch (err) {
    if (signal.aborted) throw err
    if (err instanceof PrometheusError || err instanceof RangeError) {
      return { kind: 'error', message: err.message }
    }
    throw err
  }
}
