/**
 * Recovery after the fault (docs/engine.md, "After: recovery and MTTR"): the steady state is back when every gated
 * check has held for `breaches` consecutive conclusive measurements. Unknown measurements neither
 * count nor reset a streak; a breach resets it. The time of recovery is the first measurement of
 * the streak that completed it, so MTTR is not inflated by the confirmation samples.
 */
import type { CheckSpec } from '../manifest/steady-state-model'
import { applyNoData } from './check-state'
import type { Measurement } from './model'

export interface RecoveryState {
  /** Per check: the time the current good streak started and its length. */
  readonly streaks: ReadonlyMap<string, { readonly since: number; readonly length: number }>
  /** Set once every gated check has recovered. */
  readonly recoveredAt?: number
}

export const NOT_RECOVERED: RecoveryState = { streaks: new Map() }

/** Folds one tick's measurements (one per gated check) into the recovery state. */
export function trackRecovery(
  checks: readonly CheckSpec[],
  state: RecoveryState,
  tick: readonly Measurement[]
): RecoveryState {
  if (state.recoveredAt !== undefined) return state
  const streaks = new Map(state.streaks)
  for (const m of tick) {
    const check = checks.find((c) => c.name === m.check)
    if (!check) continue
    const level = applyNoData(check, m.level)
    if (level === 'breach') streaks.delete(check.name)
    else if (level === 'ok' || level === 'warn') {
      const s = streaks.get(check.name)
      streaks.set(check.name, { since: s?.since ?? m.at, length: (s?.length ?? 0) + 1 })
    }
  }
  const done = checks.every((c) => (streaks.get(c.name)?.length ?? 0) >= Math.max(1, c.breaches))
  if (!done || checks.length === 0) return { streaks }
  const recoveredAt = Math.max(...checks.map((c) => streaks.get(c.name)?.since ?? 0))
  return { streaks, recoveredAt }
}
