/**
 * The M-of-N state of one check within one phase (docs/engine.md, "During: the guard"). Pure: each
 * measurement produces a new state. Only conclusive measurements enter the breach ring; errors and
 * missing data neither reset nor fill it, they count towards `errorLimit` instead.
 */
import type { CheckSpec } from '../manifest/steady-state-model'
import type { CheckOutcome, Level, Measurement } from './model'

type Conclusive = 'ok' | 'warn' | 'breach'

export interface CheckState {
  /** The last `of` conclusive levels, newest last. */
  readonly ring: readonly Conclusive[]
  readonly consecutiveUnknown: number
  /** Conclusive measurements seen in this phase. */
  readonly conclusive: number
  readonly warned: boolean
  /** `fail` and `inconclusive` are sticky for the rest of the phase. */
  readonly outcome: 'pending' | 'fail' | 'inconclusive'
  /** Why the outcome is what it is, with the measurement that decided it. */
  readonly reason?: string
  /** The measurement that decided a fail or inconclusive outcome. */
  readonly decidedAt?: number
  /** What the last measurement without a result said (connection refused, no series, …). */
  readonly lastUnknown?: string
}

export const START: CheckState = {
  ring: [],
  consecutiveUnknown: 0,
  conclusive: 0,
  warned: false,
  outcome: 'pending'
}

/** Applies the check's noData policy: missing data becomes a breach, a warning, ok, or stays unknown. */
export function applyNoData(check: CheckSpec, level: Level): Level {
  if (level !== 'nodata') return level
  switch (check.noData) {
    case 'fail':
      return 'breach'
    case 'warn':
      return 'warn'
    case 'pass':
      return 'ok'
    case 'inconclusive':
      return 'nodata'
  }
}

/** Folds one measurement into the state. */
export function advance(check: CheckSpec, state: CheckState, m: Measurement): CheckState {
  if (state.outcome !== 'pending') return state
  if (m.errorKind === 'config') {
    return {
      ...state,
      outcome: 'inconclusive',
      reason: `configuration error: ${m.message}`,
      decidedAt: m.at
    }
  }
  const level = applyNoData(check, m.level)
  if (level === 'nodata' || level === 'error') {
    const unknown = state.consecutiveUnknown + 1
    if (unknown <= check.errorLimit)
      return { ...state, consecutiveUnknown: unknown, lastUnknown: m.message }
    return {
      ...state,
      consecutiveUnknown: unknown,
      outcome: 'inconclusive',
      reason: `${unknown} consecutive measurements without a result (errorLimit ${check.errorLimit}); last: ${m.message}`,
      decidedAt: m.at
    }
  }
  const ring = [...state.ring, level].slice(-check.of)
  const next: CheckState = {
    ...state,
    ring,
    consecutiveUnknown: 0,
    conclusive: state.conclusive + 1,
    warned: state.warned || level === 'warn'
  }
  const breaches = ring.filter((l) => l === 'breach').length
  if (level !== 'breach' || breaches < check.breaches) return next
  const rule = check.of > 1 ? ` (${breaches} of the last ${ring.length} measurements breached)` : ''
  return { ...next, outcome: 'fail', reason: `${m.message}${rule}`, decidedAt: m.at }
}

/** A check's result for a phase once the phase is over. Too little evidence is never a pass. */
export function concludePhase(
  check: CheckSpec,
  state: CheckState,
  minSamples: number
): { readonly outcome: CheckOutcome; readonly reason: string } {
  if (state.outcome !== 'pending') return { outcome: state.outcome, reason: state.reason ?? '' }
  if (state.conclusive < minSamples) {
    // The cause first: "connection refused" tells a person what to fix; a count does not.
    const cause = state.lastUnknown ? `${state.lastUnknown}; ` : ''
    return {
      outcome: 'inconclusive',
      reason: `${check.name}: ${cause}only ${state.conclusive} conclusive measurement${state.conclusive === 1 ? '' : 's'}; at least ${minSamples} are required`
    }
  }
  if (state.warned) return { outcome: 'warn', reason: `${check.name} entered the warn zone` }
  return { outcome: 'pass', reason: '' }
}
