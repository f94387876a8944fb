/**
 * The verdict of one experiment, as a pure function of its facts (docs/engine.md, "Verdicts"): the worst
 * finding of the rules (verdict-rules.ts) is the verdict, and the findings, worst first, are the
 * reasons. Then `expect: fail` is applied.
 */
import type { ExperimentFacts } from '../facts'
import type { Verdict } from '../settings'
export type { Finding } from './verdict-rules'
import { compareVerdicts } from './verdict-order'
import { type Finding, RULES } from './verdict-rules'

/** Outcome of one experiment, before and after `expect` is applied. */
export interface ExperimentVerdict {
  readonly verdict: Verdict
  readonly observed: Verdict
  readonly reasons: readonly string[]
}

/** Every finding the facts produce, worst first (stable within a verdict). */
export function findings(facts: ExperimentFacts): readonly Finding[] {
  const all = RULES.flatMap((rule) => rule(facts))
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareVerdicts(b.f.verdict, a.f.verdict) || a.i - b.i)
    .map(({ f }) => f)
}

/** The verdict of one experiment, with `expect: fail` applied. */
export function decideExperiment(facts: ExperimentFacts): ExperimentVerdict {
  const list = findings(facts)
  const observed = list[0]?.verdict ?? 'pass'
  const reasons = list.length > 0 ? list.map((f) => f.reason) : [passReason(facts)]
  if (facts.expect === 'pass') return { verdict: observed, observed, reasons }
  return { observed, ...expectFailure(observed, list, reasons) }
}

function passReason(facts: ExperimentFacts): string {
  if (facts.gatedChecks === 0)
    return 'the fault ran and the backend reported no failure (no steady-state checks are defined)'
  return 'the fault ran and every gated steady-state check held'
}

/**
 * A negative test passes only when the fault broke the steady state. A pass becomes a fail; a
 * failure with another cause (already broken before the fault, zero targets) stays what it is.
 */
function expectFailure(
  observed: Verdict,
  list: readonly Finding[],
  reasons: readonly string[]
): { readonly verdict: Verdict; readonly reasons: readonly string[] } {
  if (observed === 'pass')
    return {
      verdict: 'fail',
      reasons: ['expected the steady state to break, but it held', ...reasons]
    }
  if (observed !== 'fail' && observed !== 'aborted') return { verdict: observed, reasons }
  const headline = list.filter((f) => f.verdict === observed)
  if (!headline.every((f) => f.cause === 'fault')) return { verdict: observed, reasons }
  return {
    verdict: 'pass',
    reasons: [
      `as expected (expect: fail), ${reasons[0] ?? 'the steady state broke'}`,
      ...reasons.slice(1)
    ]
  }
}
