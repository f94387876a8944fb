import type {
  Backend,
  CleanupReport,
  Handle,
  Observation,
  PreflightReport,
  RunContext,
  RunSelector
} from '../../../src/backends/backend'
import { ObservationLog } from '../../../src/backends/local/observation-log'
import type { Experiment } from '../../../src/manifest/model'
import type { Clock } from '../../../src/util/clock'
import type { Issue } from '../../../src/util/errors'

/** How the fake backend behaves; every field is optional. */
export interface FakeScript {
  readonly checkIssues?: readonly Issue[]
  readonly preflightIssues?: readonly Issue[]
  readonly targets?: number
  readonly submitError?: Error
  /** From submit to `injected`. */
  readonly injectAfterMs?: number
  /** How long the fault stays injected; defaults to the experiment's duration. */
  readonly runsForMs?: number
  /** The backend's own verdict on the final observation. */
  readonly verdict?: Observation['verdict']
  readonly endPhase?: 'finished' | 'failed'
  /** Never reaches a terminal observation (stuck in Awaited). */
  readonly hangs?: boolean
  readonly affectedTargets?: number
  readonly abortError?: Error
  /** abort() never returns (ignores its signal). */
  readonly abortHangs?: boolean
  readonly stuck?: boolean
  /** observe() throws this long after submit. */
  readonly observeBreaksAfterMs?: number
}

/**
 * A scripted backend on the injected clock: pending → injected → recovered → finished, or
 * stopped on abort. It records every call so tests can assert on them.
 */
export class FakeBackend implements Backend {
  readonly kind = 'local' as const
  readonly calls: string[] = []
  readonly selectors: RunSelector[] = []
  /** How long each abort and cleanup call was given: its context's deadline, from the call. */
  readonly budgets: { readonly call: 'abort' | 'cleanup'; readonly ms: number }[] = []
  abortCount = 0
  /** Whether the fault is injected right now; fake sources read it. */
  injected = false
  /** Which experiment's fault is injected right now. */
  current: string | undefined
  private readonly logs = new Map<string, ObservationLog>()
  private readonly stops = new Map<string, AbortController>()

  constructor(
    private readonly clock: Clock,
    private readonly script: FakeScript = {}
  ) {}

  check(): readonly Issue[] {
    this.calls.push('check')
    return this.script.checkIssues ?? []
  }

  async preflight(): Promise<PreflightReport> {
    this.calls.push('preflight')
    return {
      warnings: [],
      issues: this.script.preflightIssues ?? [],
      ...(this.script.targets !== undefined && { targets: this.script.targets })
    }
  }

  async submit(exp: Experiment, ctx: RunContext): Promise<Handle> {
    this.calls.push('submit')
    if (this.script.submitError) throw this.script.submitError
    const log = new ObservationLog()
    const stop = new AbortController()
    this.logs.set(exp.name, log)
    this.stops.set(exp.name, stop)
    log.push({ at: this.clock.now(), phase: 'pending', message: 'submitted', terminal: false })
    void this.timeline(exp, log, stop.signal)
    return {
      backend: 'local',
      experiment: exp.name,
      kind: 'FakeFault',
      name: `gate-${ctx.runId}-${exp.name}`
    }
  }

  observe(handle: Handle, ctx: RunContext): AsyncIterable<Observation> {
    const log = this.logs.get(handle.experiment)
    if (!log) throw new Error(`no fault ${handle.name}`)
    const breaks = this.script.observeBreaksAfterMs
    if (breaks === undefined) return log.follow(ctx.signal)
    const clock = this.clock
    return (async function* () {
      for await (const o of log.follow(ctx.signal)) {
        yield o
        if (o.phase === 'injected') {
          await clock.sleep(breaks, ctx.signal)
          throw new Error('watch connection reset')
        }
      }
    })()
  }

  async abort(handle: Handle, ctx: RunContext): Promise<void> {
    this.calls.push('abort')
    this.budgets.push({ call: 'abort', ms: ctx.deadline - this.clock.now() })
    this.abortCount++
    if (this.script.abortHangs) return new Promise<void>(() => undefined)
    if (this.script.abortError) throw this.script.abortError
    await this.clock.sleep(5, ctx.signal)
    this.injected = false
    this.stops.get(handle.experiment)?.abort()
    this.logs.get(handle.experiment)?.push({
      at: this.clock.now(),
      phase: 'stopped',
      verdict: 'stopped',
      message: 'stopped by the gate',
      terminal: true
    })
  }

  async cleanup(selector: RunSelector, ctx: RunContext): Promise<CleanupReport> {
    this.calls.push('cleanup')
    this.budgets.push({ call: 'cleanup', ms: ctx.deadline - this.clock.now() })
    this.selectors.push(selector)
    this.injected = false
    for (const s of this.stops.values()) s.abort()
    const names = selector.handles.map((h) => h.name)
    if (this.script.stuck)
      return {
        deleted: [],
        stuck: names.map((ref) => ({
          ref,
          reason: 'finalizer still present',
          inspect: `kubectl get fake ${ref}`
        })),
        errors: []
      }
    return { deleted: names, stuck: [], errors: [] }
  }

  private async timeline(exp: Experiment, log: ObservationLog, signal: AbortSignal): Promise<void> {
    const s = this.script
    try {
      await this.clock.sleep(s.injectAfterMs ?? 0, signal)
      this.injected = true
      this.current = exp.name
      log.push({
        at: this.clock.now(),
        phase: 'injected',
        message: 'fault injected',
        affectedTargets: s.affectedTargets ?? 1,
        terminal: false
      })
      await this.clock.sleep(s.runsForMs ?? exp.durationMs ?? 0, signal)
      if (s.hangs) return
      this.injected = false
      const at = this.clock.now()
      log.push({ at, phase: 'recovered', message: 'fault removed', terminal: false })
      log.push({
        at,
        phase: s.endPhase ?? 'finished',
        message: s.verdict === 'fail' ? 'probe failed: availability' : 'done',
        ...(s.verdict !== undefined && { verdict: s.verdict }),
        terminal: true
      })
    } catch {
      // Stopped by abort or cleanup.
    }
  }
}
