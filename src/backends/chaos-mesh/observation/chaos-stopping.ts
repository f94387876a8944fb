/**
 * A continuous chaos object Chaos Mesh is stopping (desiredPhase Stop after its duration, paused,
 * or being deleted): still recovering, recovered (finished, or stopped when paused or deleted),
 * never injected at all, or stuck because Recover keeps failing (chaos-mesh#4311).
 */
import type { ChaosView, RecordView } from '../status/chaos-status'
import { neverInjected, recoverFailing } from './injection-failure'
import { type ChaosLook, everInjected, look, plural } from './look'

/** desiredPhase Stop (duration over, paused) or being deleted: recovering, recovered, or stuck. */
export function stopping(
  view: ChaosView,
  records: readonly RecordView[],
  ctx: { readonly at: number; readonly injectionBoundMs: number },
  details: Readonly<Record<string, string>>
): ChaosLook {
  const ever = everInjected(records)
  const still = records.filter((r) => r.phase !== 'not-injected')
  if (still.length === 0) {
    if (view.paused || view.deleting)
      return look(ctx.at, 'stopped', stoppedBy(view, records.length), {
        affectedTargets: ever,
        details,
        terminal: true
      })
    if (ever === 0) {
      const failure = neverInjected(records, 'time-up', ctx.injectionBoundMs)
      return look(ctx.at, 'failed', failure.message, {
        verdict: failure.verdict,
        affectedTargets: 0,
        details,
        terminal: true
      })
    }
    return look(ctx.at, 'finished', `recovered from ${plural(ever, 'target')} after its duration`, {
      affectedTargets: ever,
      details,
      terminal: true
    })
  }
  const stuck = recoverFailing(records)
  if (stuck.length > 0)
    return look(
      ctx.at,
      'failed',
      `Chaos Mesh cannot recover ${plural(stuck.length, 'target')} (the fault may still be injected): ${stuck[0]?.failing?.message ?? ''}`,
      {
        verdict: 'error',
        affectedTargets: ever,
        details,
        terminal: true
      }
    )
  return look(
    ctx.at,
    'injected',
    `recovering: ${still.length} of ${plural(records.length, 'target')} still injected`,
    { affectedTargets: ever, details }
  )
}

function stoppedBy(view: ChaosView, targets: number): string {
  return `${stoppedHow(view)}; recovered from ${plural(targets, 'target')}`
}

/** "paused by chaos-gate at …", "deleted outside the gate", … */
export function stoppedHow(view: ChaosView): string {
  const who = view.abortedAt ? `by chaos-gate at ${view.abortedAt}` : 'outside the gate'
  return `${view.deleting ? 'deleted' : 'paused'} ${who}`
}
