/** How verdicts read in summaries: an icon and a word, and the expect: fail twist. */
import type { ExperimentReport } from '../gate/result'
import type { Verdict } from '../gate/settings'

export const VERDICT_ICON: Readonly<Record<Verdict, string>> = {
  pass: '✅',
  fail: '❌',
  aborted: '🛑',
  inconclusive: '❔',
  error: '💥',
  skipped: '⏭️'
}

/** `pass`, or `pass (broke as expected: aborted)` for a negative test. */
export function verdictText(exp: ExperimentReport): string {
  if (exp.expect === 'fail' && exp.verdict === 'pass')
    return `pass (broke as expected: ${exp.observed})`
  return exp.verdict
}

/**
 * An abort latency for people. The clock has millisecond resolution, so 0 means "within the same
 * millisecond" and reads as under 1 ms.
 */
export function formatAbortLatency(ms: number): string {
  return ms < 1 ? 'under 1 ms' : `${Math.round(ms)} ms`
}
