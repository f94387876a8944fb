/**
 * The `error-budget` setting (action input, `--error-budget` flag): YAML or JSON, one SLO or a
 * list. Either the remaining budget straight from a query, or an SLO computed from its error ratio:
 *
 *   - name: checkout-availability
 *     objective: 99.9%
 *     errorRatio: sum(rate(http_requests_total{code=~"5.."}[{{window}}])) / sum(rate(http_requests_total[{{window}}]))
 *     period: 30d
 *     minRemaining: 25%
 *   - name: api
 *     query: slo:error_budget_remaining:ratio{service="api"}
 *     minRemaining: 0.1
 */
import { parse } from 'yaml'
import { z } from 'zod'

import { findPlaceholders } from '../manifest/queries/query-template'
import { parseDuration } from '../util/duration'
import { errorMessage, InputError, InternalError } from '../util/errors'
import type { ErrorBudgetRule } from './error-budget'

/** Built on first use (z.lazy): most runs set no error budget (docs/performance.md). */
const setting = z.lazy(() => {
  /** A fraction written as `25%` or `0.25`; `99.9%` is exactly 0.999, not 99.9 / 100. */
  const fraction = z
    .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?%$/)], {
      error: 'a fraction like 0.25 or a percentage like 25%'
    })
    .transform((v) => (typeof v === 'number' ? v : Number(`${v.slice(0, -1)}e-2`)))

  const rule = z
    .strictObject({
      name: z.string().min(1),
      minRemaining: fraction.refine((v) => v <= 1, 'at most 100%'),
      query: z.string().min(1).optional(),
      objective: fraction
        .refine((v) => v > 0 && v < 1, 'between 0% and 100%, exclusive')
        .optional(),
      errorRatio: z
        .string()
        .refine(windowOnly, 'a PromQL error ratio using {{window}} (and no other placeholder)')
        .optional(),
      period: z
        .string()
        .refine((d) => (parseDuration(d) ?? 0) > 0, "a duration like '30d' or '28d'")
        .optional()
    })
    .superRefine((r, ctx) => {
      const slo = [r.objective, r.errorRatio, r.period].filter((v) => v !== undefined).length
      if (r.query !== undefined && slo > 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'give either query, or objective + errorRatio + period, not both'
        })
      } else if (r.query === undefined && slo < 3) {
        ctx.addIssue({
          code: 'custom',
          message: 'needs query, or all of objective, errorRatio and period'
        })
      }
    })

  return z.preprocess((v: unknown): unknown => (Array.isArray(v) ? v : [v]), z.array(rule).min(1))
})

/** Parses the setting; every problem is reported at once, naming the input. */
export function parseErrorBudget(text: string, input = 'error-budget'): readonly ErrorBudgetRule[] {
  let raw: unknown
  try {
    raw = parse(text)
  } catch (err) {
    throw new InputError(input, `not YAML or JSON: ${errorMessage(err)}`)
  }
  const result = setting.safeParse(raw)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
    throw new InputError(
      input,
      `${problems.join('; ')}. Expected a list of {name, minRemaining} with either query, or objective + errorRatio + period`
    )
  }
  return result.data.map((r) => ({
    name: r.name,
    minRemaining: r.minRemaining,
    source: sourceOf(r)
  }))
}

function sourceOf(r: z.output<typeof setting>[number]): ErrorBudgetRule['source'] {
  if (r.query !== undefined) return { kind: 'remaining', query: r.query }
  const periodMs = parseDuration(r.period ?? '')
  if (r.objective === undefined || r.errorRatio === undefined || periodMs === undefined) {
    throw new InternalError('an error-budget rule passed validation without its SLO fields')
  }
  return { kind: 'slo', objective: r.objective, errorRatio: r.errorRatio, periodMs }
}

function windowOnly(query: string): boolean {
  const names = findPlaceholders(query).map((p) => p.name)
  return names.includes('window') && names.every((n) => n === 'window')
}
