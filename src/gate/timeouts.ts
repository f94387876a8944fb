/**
 * Default bounds for every phase (docs/engine.md lists them). Each wait in the engine is bounded
 * by one of these or by the run's deadline, whichever comes first.
 */
import type { Experiment } from '../manifest/model'
import type { SteadyStateSpec } from '../manifest/steady-state-model'

export const TIMEOUTS = {
  /** Reaching the backend, authorising, dry-running, opening metric sources. */
  preflightMs: 60_000,
  /** Creating the fault. */
  injectMs: 60_000,
  /** Stopping a fault early; the backend's safe path must be quick. */
  abortMs: 30_000,
  /** Deleting what the run created and waiting for finalizers. */
  cleanupMs: 60_000,
  /** How long past its duration a fault may run before the gate stops waiting for the backend. */
  graceMs: 30_000,
  /** How long a fault without a duration (a one-shot pod kill) may take. */
  oneShotMs: 300_000,
  /** How long after the fault the gate waits for the backend's own verdict when no recovery is measured. */
  verdictMs: 120_000,
  /** Upper bound for one measurement round in the before phase. */
  measureMs: 30_000,
  /** Extra room a phase gets beyond its own schedule before it counts as hung. */
  marginMs: 15_000,
  /**
   * Aborting and cleaning up after SIGINT/SIGTERM, together: the runner kills the step 10 s
   * after SIGINT, and main must still say what is left (a fault stuck on its finalizer) before
   * that. Post, which always runs, tries again with the full bounds.
   */
  cancelledMs: 5_000,
  /** What a wait still gets once the cancellation budget is spent: one try, then a report. */
  lastTryMs: 1_000
} as const

/** `samples` measurements `spacing` apart, each bounded. */
export function beforeTimeout(spec: SteadyStateSpec | undefined): number {
  if (!spec) return TIMEOUTS.marginMs
  const { samples, spacingMs } = spec.before
  return samples * (spacingMs + TIMEOUTS.measureMs) + TIMEOUTS.marginMs
}

/** When the during phase stops waiting for the backend to say the fault is off. */
export function duringLimit(exp: Experiment): number {
  return (exp.durationMs ?? TIMEOUTS.oneShotMs) + TIMEOUTS.graceMs
}

/** The during phase's own safety bound, past `duringLimit`. */
export function duringTimeout(exp: Experiment, spec: SteadyStateSpec | undefined): number {
  return duringLimit(exp) + (spec?.intervalMs ?? 0) + TIMEOUTS.measureMs + TIMEOUTS.marginMs
}

/** Settling, then recovery measurement, then room for the backend's verdict. */
export function afterTimeout(spec: SteadyStateSpec | undefined): number {
  return afterLimit(spec) + TIMEOUTS.measureMs + TIMEOUTS.marginMs
}

/** How long the after phase waits for recovery and for the backend's verdict. */
export function afterLimit(spec: SteadyStateSpec | undefined): number {
  if (!spec) return TIMEOUTS.verdictMs
  return Math.max(spec.after.settleMs + spec.after.timeoutMs + spec.intervalMs, TIMEOUTS.verdictMs)
}
