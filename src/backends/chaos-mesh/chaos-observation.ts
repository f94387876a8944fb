/**
 * One chaos object's state as an Observation, a pure function of its status and the time
 * (backends.md B1–B4). Conditions are recomputed from the records, so the records are read, not
 * the order of the conditions. Injection must be confirmed within a bound: a fault that selects
 * nothing, or that no target accepts, fails with Chaos Mesh's own reason. Continuous faults end
 * when Chaos Mesh stops them (desiredPhase Stop after the duration, counted from creation) and
 * every record is recovered; one-shot faults end once every record is Injected.
 */
import type { FaultPhase, Observation } from '../backend'
import type { ChaosView, RecordView } from './chaos-status'
import { applyGivenUp, neverInjected, recoverFailing, seconds } from './injection-failure'

export interface ChaosContext {
  readonly at: number
  /** When the gate created the object; the injection bound runs from here. */
  readonly submittedAt: number
  readonly injectionBoundMs: number
  /** Chaos Mesh's own reason for selecting nothing ("no target has been selected"), from its events. */
  readonly noTargetReason?: string
}

/** The observation, and when to look again if nothing changes before then (a bound expiring). */
export interface ChaosLook {
  readonly observation: Observation
  readonly recheckAt?: number
}

export function chaosObservation(view: ChaosView | undefined, ctx: ChaosContext): ChaosLook {
  if (!view)
    return look(ctx, 'stopped', 'the object no longer exists (deleted outside the gate?)', {
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

/** No record yet: selection has not happened, or matched nothing. */
function unselected(
  view: ChaosView,
  ctx: ChaosContext,
  details: Readonly<Record<string, string>>,
  pastBound: boolean,
  bound: number
): ChaosLook {
  if (ctx.noTargetReason !== undefined || (pastBound && view.conditions.has('Selected')))
    return look(
      ctx,
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
      ctx,
      'failed',
      `Chaos Mesh did not act on the ${view.kind} within ${seconds(ctx.injectionBoundMs)} (no status, finalizer ${view.finalizers.length > 0 ? 'set' : 'missing'}): is chaos-controller-manager running and watching namespace ${view.namespace}?`,
      { verdict: 'error', details, terminal: true }
    )
  return {
    ...look(ctx, 'pending', 'waiting for Chaos Mesh to select targets', { details }),
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
      ctx,
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
    return look(ctx, 'injected', `injected into ${plural(now, 'target')}`, {
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
    return look(ctx, 'failed', failure.message, {
      verdict: failure.verdict,
      affectedTargets: 0,
      details,
      terminal: true
    })
  }
  if (pastBound)
    return look(
      ctx,
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
      ctx,
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

/** desiredPhase Stop (duration over, paused) or being deleted: recovering, recovered, or stuck. */
function stopping(
  view: ChaosView,
  records: readonly RecordView[],
  ctx: ChaosContext,
  details: Readonly<Record<string, string>>
): ChaosLook {
  const ever = everInjected(records)
  const still = records.filter((r) => r.phase !== 'not-injected')
  if (still.length === 0) {
    if (view.paused || view.deleting)
      return look(ctx, 'stopped', stoppedBy(view, records.length), {
        affectedTargets: ever,
        details,
        terminal: true
      })
    if (ever === 0) {
      const failure = neverInjected(records, 'time-up', ctx.injectionBoundMs)
      return look(ctx, 'failed', failure.message, {
        verdict: failure.verdict,
        affectedTargets: 0,
        details,
        terminal: true
      })
    }
    return look(ctx, 'finished', `recovered from ${plural(ever, 'target')} after its duration`, {
      affectedTargets: ever,
      details,
      terminal: true
    })
  }
  const stuck = recoverFailing(records)
  if (stuck.length > 0)
    return look(
      ctx,
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
    ctx,
    'injected',
    `recovering: ${still.length} of ${plural(records.length, 'target')} still injected`,
    { affectedTargets: ever, details }
  )
}

function stoppedBy(view: ChaosView, targets: number): string {
  const who = view.abortedAt ? `by chaos-gate at ${view.abortedAt}` : 'outside the gate'
  const how = view.deleting ? 'deleted' : 'paused'
  return `${how} ${who}; recovered from ${plural(targets, 'target')}`
}

/** Targets the fault reached at some point (recovered ones included). */
function everInjected(records: readonly RecordView[]): number {
  return records.filter((r) => r.phase === 'injected' || r.injectedCount > 0).length
}

const CONDITION_ORDER = ['Selected', 'AllInjected', 'AllRecovered', 'Paused']

function detailsOf(view: ChaosView): Readonly<Record<string, string>> {
  const conditions = CONDITION_ORDER.filter((c) => view.conditions.has(c))
    .map((c) => `${c}=${view.conditions.get(c) ?? ''}`)
    .join(' ')
  const records = view.records ?? []
  return {
    object: `${view.kind} ${view.namespace}/${view.name}`,
    ...(conditions ? { conditions } : {}),
    ...(view.desiredPhase ? { desiredPhase: view.desiredPhase } : {}),
    records: `${records.filter((r) => r.phase === 'injected').length}/${records.length} injected`
  }
}

function look(
  ctx: ChaosContext,
  phase: FaultPhase,
  message: string,
  extra: Partial<Omit<Observation, 'at' | 'phase' | 'message'>> = {}
): ChaosLook {
  return { observation: { at: ctx.at, phase, message, terminal: false, ...extra } }
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
