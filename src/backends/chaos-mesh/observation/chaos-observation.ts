/**
 * One chaos object's state as an Observation, a pure function of its status and the time
 * (docs/backends/chaos-mesh.md, "A chaos object"). Conditions are recomputed from the records, so the records are read, not
 * the order of the conditions. Injection must be confirmed within a bound: a fault that selects
 * nothing, or that no target accepts, fails with Chaos Mesh's own reason. Continuous faults end
 * when Chaos Mesh stops them (desiredPhase Stop after the duration, counted from creation) and
 * every record is recovered; one-shot faults end once every record is Injected.
 */
import type { FaultPhase } from '../../backend'
import type { ChaosView, RecordView } from '../status/chaos-status'
import { stoppedHow, stopping } from './chaos-stopping'
import { applyGivenUp, neverInjected, seconds } from './injection-failure'
import { type ChaosLook, detailsOf, everInjected, look, plural } from './look'

export interface ChaosContext {
  readonly at: number
  /** When the gate created the object; the injection bound runs from here. */
  readonly submittedAt: number
  readonly injectionBoundMs: number
  /** Chaos Mesh's own reason for selecting nothing ("no target has been selected"), from its events. */
  readonly noTargetReason?: string
}

export function chaosObservation(view: ChaosView | undefined, ctx: ChaosContext): ChaosLook {
  if (!view)
    return look(ctx.at, 'stopped', 'the object no longer exists (deleted outside the gate?)', {
      terminal: true
    })
  const details = detailsOf(view)
  const bound = ctx.submittedAt + ctx.injectionBoundMs
  const pastBound = ctx.at >= bound
  if (!view.records) return unselected(view, ctx, details, pastBound, bound)
  const records = view.records
  if (view.oneShot) return oneShot(view, records, ctx, details, pastBound, bound)
  if (view.desiredPhase === 'Stop' || view.deleting) return stopping(view, records, ctx, details)
  return running(records, ctx, details, pastBound, bound)
}

/**
 * No record yet: selection has not happened, or matched nothing. Chaos Mesh selects only while
 * desiredPhase is Run, so once it is Stop (paused, deleted, or the duration over) nothing will
 * ever be selected, and waiting for the bound would only delay the answer.
 */
function unselected(
  view: ChaosView,
  ctx: ChaosContext,
  details: Readonly<Record<string, string>>,
  pastBound: boolean,
  bound: number
): ChaosLook {
  if (view.paused || view.deleting)
    return look(ctx.at, 'stopped', `${stoppedHow(view)} before Chaos Mesh selected any target`, {
      affectedTargets: 0,
      details,
      terminal: true
    })
  if (view.desiredPhase === 'Stop')
    return look(
      ctx.at,
      'failed',
      `Chaos Mesh selected no target before its duration ended${ctx.noTargetReason === undefined ? '' : `: ${ctx.noTargetReason}`}`,
      { verdict: 'fail', affectedTargets: 0, details, terminal: true }
    )
  if (ctx.noTargetReason !== undefined || (pastBound && view.conditions.has('Selected')))
    return look(
      ctx.at,
      'failed',
      `Chaos Mesh selected no target: ${ctx.noTargetReason ?? `nothing within ${seconds(ctx.injectionBoundMs)}`}`,
      {
        verdict: 'fail',
        affectedTargets: 0,
        details,
        terminal: true
      }
    )
  if (pastBound)
    return look(
      ctx.at,
      'failed',
      `Chaos Mesh did not act on the ${view.kind} within ${seconds(ctx.injectionBoundMs)} (no status, finalizer ${view.finalizers.length > 0 ? 'set' : 'missing'}): is chaos-controller-manager running and watching namespace ${view.namespace}?`,
      { verdict: 'error', details, terminal: true }
    )
  return {
    ...look(ctx.at, 'pending', 'waiting for Chaos Mesh to select targets', { details }),
    recheckAt: bound
  }
}

function oneShot(
  view: ChaosView,
  records: readonly RecordView[],
  ctx: ChaosContext,
  details: Readonly<Record<string, string>>,
  pastBound: boolean,
  bound: number
): ChaosLook {
  const injected = everInjected(records)
  if (injected === records.length)
    return look(
      ctx.at,
      'finished',
      `injected into ${plural(records.length, 'target')} (one-shot: it has no recovery)`,
      {
        affectedTargets: injected,
        details,
        terminal: true
      }
    )
  return injecting(records, ctx, details, pastBound, bound, view.kind)
}

/** Continuous fault while desiredPhase is Run (or not written yet). */
function running(
  records: readonly RecordView[],
  ctx: ChaosContext,
  details: Readonly<Record<string, string>>,
  pastBound: boolean,
  bound: number
): ChaosLook {
  const now = records.filter((r) => r.phase === 'injected').length
  if (now === records.length)
    return look(ctx.at, 'injected', `injected into ${plural(now, 'target')}`, {
      affectedTargets: now,
      details
    })
  return injecting(records, ctx, details, pastBound, bound)
}

/** Not every record is injected yet: wait within the bound, then fail with the reason. */
function injecting(
  records: readonly RecordView[],
  ctx: ChaosContext,
  details: Readonly<Record<string, string>>,
  pastBound: boolean,
  bound: number,
  kind?: string
): ChaosLook {
  const injected = everInjected(records)
  const failing = records.find((r) => r.failing)?.failing
  const lastFailure = failing ? `; last failure: ${failing.message}` : ''
  if (injected === 0 && (pastBound || applyGivenUp(records))) {
    const failure = neverInjected(records, pastBound ? 'bound' : 'attempts', ctx.injectionBoundMs)
    return look(ctx.at, 'failed', failure.message, {
      verdict: failure.verdict,
      affectedTargets: 0,
      details,
      terminal: true
    })
  }
  if (pastBound)
    return look(
      ctx.at,
      'failed',
      `only ${injected} of ${plural(records.length, 'target')} were injected within ${seconds(ctx.injectionBoundMs)}${lastFailure}`,
      {
        verdict: 'fail',
        affectedTargets: injected,
        details,
        terminal: true
      }
    )
  const phase: FaultPhase = injected > 0 ? 'injected' : 'pending'
  const what = kind ? `${kind} ` : ''
  return {
    ...look(
      ctx.at,
      phase,
      `${what}injected into ${injected} of ${plural(records.length, 'target')}${lastFailure}`,
      {
        ...(injected > 0 ? { affectedTargets: injected } : {}),
        details
      }
    ),
    recheckAt: bound
  }
}
