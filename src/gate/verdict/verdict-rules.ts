/**
 * The verdict rules: each turns one kind of fact about an experiment into findings, with a reason a
 * person can act on. verdict.ts combines them. Inconclusive fails closed unless the steady-state
 * spec relaxes it.
 */
import type { CheckConclusion, ExperimentFacts } from '../facts'
import type { Verdict } from '../settings'

/**
 * One fact that pushes the verdict. `cause` says where it came from: only a finding the fault
 * caused can satisfy `expect: fail` (a system already broken before the fault is no evidence).
 */
export interface Finding {
  readonly verdict: Verdict
  readonly reason: string
  readonly cause: 'fault' | 'precondition' | 'gate' | 'recovery'
}

export type Rule = (facts: ExperimentFacts) => readonly Finding[]

const finding = (verdict: Verdict, reason: string, cause: Finding['cause']): Finding => ({
  verdict,
  reason,
  cause
})

/** Maps a check's inconclusive or warn outcome through `verdict.inconclusive` / `verdict.warn`. */
function byPolicy(
  facts: ExperimentFacts,
  c: CheckConclusion,
  phase: string,
  cause: Finding['cause']
): Finding[] {
  if (c.outcome === 'inconclusive') {
    const reason = `${c.check} could not be measured ${phase}: ${c.reason}`
    return facts.policy.inconclusive === 'warn'
      ? [finding('pass', `${reason} (reported only: verdict.inconclusive is warn)`, cause)]
      : [finding('inconclusive', reason, 'gate')]
  }
  if (c.outcome === 'warn') {
    const reason = `${c.check} entered its warn zone ${phase}: ${c.reason}`
    return facts.policy.warn === 'fail'
      ? [finding('fail', `${reason} (verdict.warn is fail)`, cause)]
      : [finding('pass', reason, cause)]
  }
  return []
}

const skipped: Rule = (f) => (f.skipped ? [finding('skipped', f.skipped, 'gate')] : [])

const budgetUnknown: Rule = (f) =>
  f.budgetUnknown ? [finding('inconclusive', f.budgetUnknown, 'gate')] : []

const interrupted: Rule = (f) => {
  if (!f.interrupted) return []
  const { cause, phase } = f.interrupted
  const what = f.injected ? 'the fault was aborted' : 'nothing was injected'
  const where = phase === 'queued' ? 'before this experiment started' : `in the ${phase} phase`
  return [finding('inconclusive', `the gate stopped early (${cause}) ${where}; ${what}`, 'gate')]
}

const preflight: Rule = (f) =>
  f.preflightProblems.map((p) => finding('error', `preflight: ${p}; nothing was injected`, 'gate'))

const targets: Rule = (f) => {
  if (f.targets === 0)
    return [
      finding('fail', 'the selector matched zero targets; nothing was tested', 'precondition')
    ]
  if (f.injected && f.backend?.affectedTargets === 0)
    return [finding('fail', 'the fault affected zero targets; nothing was tested', 'precondition')]
  return []
}

const before: Rule = (f) =>
  f.before.flatMap((c) => {
    if (c.outcome === 'fail')
      return [
        finding(
          'fail',
          `steady state not met before fault: ${c.reason}; nothing was injected`,
          'precondition'
        )
      ]
    if (c.outcome === 'inconclusive')
      return [
        finding(
          'inconclusive',
          `steady state could not be measured before the fault: ${c.reason}; nothing was injected`,
          'precondition'
        )
      ]
    return byPolicy(f, c, 'before the fault', 'precondition')
  })

const dryRun: Rule = (f) =>
  f.mode === 'dry-run' ? [finding('skipped', 'dry-run: nothing was injected', 'gate')] : []

const submit: Rule = (f) =>
  f.submitError
    ? [finding('error', `the backend could not create the fault: ${f.submitError}`, 'gate')]
    : []

const guard: Rule = (f) => {
  const g = f.guard
  if (!g) return []
  if (g.kind === 'blind') {
    const c: CheckConclusion = { check: g.check, outcome: 'inconclusive', reason: g.reason }
    const aborted =
      f.abortedBy === 'guard' ? '; the fault was aborted rather than injected blind' : ''
    return byPolicy(f, { ...c, reason: `${c.reason}${aborted}` }, 'during the fault', 'fault')
  }
  return f.abortedBy === 'guard'
    ? [
        finding(
          'aborted',
          `the steady state broke during the fault and the guard aborted it: ${g.reason}`,
          'fault'
        )
      ]
    : [finding('fail', `the steady state broke during the fault: ${g.reason}`, 'fault')]
}

const during: Rule = (f) =>
  f.during
    .filter((c) => c.check !== f.guard?.check)
    .flatMap((c) => {
      if (c.outcome !== 'fail') return byPolicy(f, c, 'during the fault', 'fault')
      // Checks that broke alongside the one that tripped the guard tell the same story.
      return f.abortedBy === 'guard'
        ? [finding('aborted', `${c.check} also broke before the abort: ${c.reason}`, 'fault')]
        : [finding('fail', `the steady state broke during the fault: ${c.reason}`, 'fault')]
    })

const backend: Rule = (f) => {
  const b = f.backend
  if (!f.injected || !b) return []
  const said = b.message ? `: ${b.message}` : ''
  if (b.lostTrack !== undefined)
    return [finding('error', `lost track of the fault: ${b.lostTrack}`, 'gate')]
  if (b.verdict === 'fail')
    return [finding('fail', `the backend's verdict is Fail${said}`, 'fault')]
  if (b.verdict === 'aborted')
    return [finding('aborted', `the backend aborted the fault${said}`, 'fault')]
  if (b.verdict === 'error' || b.phase === 'failed')
    return [finding('error', `the backend reported an error${said}`, 'gate')]
  // The gate stopped the fault itself, so the backend could not finish on its own.
  if (f.abortedBy === 'guard' || f.interrupted) return []
  if (b.verdict === 'stopped' || b.phase === 'stopped')
    return [finding('inconclusive', `the fault was stopped outside the gate${said}`, 'gate')]
  if (!b.terminal || b.verdict === 'awaited')
    return [
      finding(
        'inconclusive',
        `the backend's verdict was still Awaited when the gate stopped waiting${said}`,
        'gate'
      )
    ]
  return []
}

const recovery: Rule = (f) => {
  const r = f.recovery
  if (!r?.timedOut) return []
  if (r.unmeasured.length > 0)
    return r.unmeasured.flatMap((check) =>
      byPolicy(
        f,
        { check, outcome: 'inconclusive', reason: 'no conclusive measurement after the fault' },
        'after the fault',
        'recovery'
      )
    )
  const within = Math.round(r.timeoutMs / 1000)
  return [
    finding(
      'fail',
      `the steady state did not recover within ${within}s after the fault`,
      'recovery'
    )
  ]
}

const cleanup: Rule = (f) => [
  ...(f.abortError
    ? [
        finding(
          'error',
          `aborting the fault failed, so it may still be injected: ${f.abortError}`,
          'gate'
        )
      ]
    : []),
  ...f.cleanupProblems.map((p) => finding('error', `cleanup: ${p}`, 'gate')),
  ...f.gateErrors.map((e) => finding('error', `the gate failed: ${e}`, 'gate'))
]

/** Every rule, in the order their findings are listed when they tie. */
export const RULES: readonly Rule[] = [
  skipped,
  budgetUnknown,
  interrupted,
  preflight,
  targets,
  before,
  dryRun,
  submit,
  guard,
  during,
  backend,
  recovery,
  cleanup
]
