/**
 * How bad each verdict is, and what the gate as a whole concludes (docs/engine.md, "Verdicts"): the gate's
 * verdict is the worst of its experiments; it fails when any experiment's verdict is in fail-on.
 */
import type { Mode, Verdict } from '../settings'

/** error > fail > aborted > inconclusive > skipped > pass. */
const SEVERITY: Readonly<Record<Verdict, number>> = {
  pass: 0,
  skipped: 1,
  inconclusive: 2,
  aborted: 3,
  fail: 4,
  error: 5
}

/** Negative when `a` is better than `b`. */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return SEVERITY[a] - SEVERITY[b]
}

/** The worst verdict; an empty gate is `skipped` (nothing ran, so nothing passed). */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (worst, v) => (compareVerdicts(v, worst) > 0 ? v : worst),
    verdicts.length === 0 ? 'skipped' : 'pass'
  )
}

/** Whether the gate fails: some experiment's verdict is in fail-on. `warn` mode never fails. */
export function gateFailed(
  verdicts: readonly Verdict[],
  failOn: ReadonlySet<Verdict>,
  mode: Mode
): boolean {
  if (mode === 'warn') return false
  return verdicts.some((v) => failOn.has(v))
}

/** The process exit code: 0 when the gate did not fail, else 3 for `error` and 1 otherwise. */
export function gateExitCode(failed: boolean, verdict: Verdict): 0 | 1 | 3 {
  if (!failed) return 0
  return verdict === 'error' ? 3 : 1
}
