/**
 * What the gate decided, in one phrase, for the last line of the terminal view and the summary's
 * headline. "Passed" is said only when every experiment passed: a run that skipped everything,
 * or whose failing verdicts were not enforced, says what happened and why the job was not failed.
 */
import type { GateReport } from '../gate/result'

export type GateOutcome =
  | { readonly kind: 'failed' }
  | { readonly kind: 'cancelled'; readonly why: string }
  | { readonly kind: 'passed' }
  | { readonly kind: 'not-failed'; readonly why: string }

export function gateOutcome(report: GateReport): GateOutcome {
  if (report.cancelled !== undefined) return { kind: 'cancelled', why: report.cancelled }
  if (report.failed) return { kind: 'failed' }
  if (report.verdict === 'pass') return { kind: 'passed' }
  if (report.verdict === 'skipped')
    return {
      kind: 'not-failed',
      why: 'every experiment was skipped, so nothing was tested; skipped is not in fail-on'
    }
  if (report.mode === 'warn')
    return { kind: 'not-failed', why: `verdict ${report.verdict} in warn mode, which never fails` }
  if (report.mode === 'dry-run')
    return { kind: 'not-failed', why: 'a dry run injects nothing and fails nothing' }
  return {
    kind: 'not-failed',
    why: `verdict ${report.verdict} is not in fail-on (${report.failOn.join(', ')})`
  }
}
