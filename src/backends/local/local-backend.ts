/**
 * The `local` backend: an in-process HTTP fault proxy per experiment, no cluster needed.
 * Created: a proxy on the experiment's listen address, started as a pass-through in preflight so
 * the `before` baseline goes through the same path. Found again: by run id and experiment within
 * this process (the proxy lives and dies with it). Stopped: abort switches the fault off at once;
 * cleanup closes the run's proxies.
 */
import type { Experiment, ProxyFaultSpec } from '../../manifest/model'
import { isAbortError } from '../../util/clock'
import { errorMessage, type Issue } from '../../util/errors'
import type {
  Backend,
  CleanupReport,
  Handle,
  Observation,
  PreflightReport,
  RunContext,
  RunSelector
} from '../backend'
import type { BackendDeps } from '../backend'
import { objectName } from '../labels'
import { describeFault } from './fault-plan'
import { FaultProxy } from './fault-proxy'
import { checkLocalExperiment } from './local-check'
import { ObservationLog } from './observation-log'
import { reachable } from './reachable'

/** One experiment's proxy and what it has reported. */
interface LocalFault {
  readonly proxy: FaultProxy
  readonly log: ObservationLog
  readonly handle: Handle
  /** Cancels the timer that switches the fault off at the end of its duration. */
  timer?: AbortController
}

export function createLocalBackend(deps: BackendDeps): Backend {
  return new LocalBackend(deps)
}

class LocalBackend implements Backend {
  readonly kind = 'local' as const
  private readonly faults = new Map<string, LocalFault>()

  constructor(private readonly deps: BackendDeps) {}

  check(exp: Experiment): readonly Issue[] {
    return checkLocalExperiment(exp)
  }

  async preflight(exp: Experiment, ctx: RunContext): Promise<PreflightReport> {
    const spec = proxySpec(exp)
    const problem = await reachable(new URL(spec.upstream), ctx.signal)
    if (problem) {
      const at = exp.locate(['spec', 'httpProxy', 'upstream'])
      return {
        warnings: [],
        issues: [
          {
            ...at,
            severity: 'error',
            message: `the upstream ${spec.upstream} is not reachable: ${problem}`,
            hint: 'start the service under test, or fix the upstream URL'
          }
        ]
      }
    }
    const fault = await this.open(exp, ctx)
    return { probeBaseUrl: fault.proxy.url ?? '', targets: 1, warnings: [], issues: [] }
  }

  async submit(exp: Experiment, ctx: RunContext): Promise<Handle> {
    const fault = await this.open(exp, ctx)
    if (fault.log.last?.phase !== 'pending') return fault.handle
    fault.proxy.inject()
    const spec = fault.proxy.spec
    const until = exp.durationMs !== undefined ? ` for ${exp.durationMs / 1000}s` : ''
    fault.log.push({
      at: this.deps.clock.now(),
      phase: 'injected',
      affectedTargets: 1,
      message: `${describeFault(spec)} via ${fault.proxy.url ?? ''} → ${spec.upstream}${until}`,
      terminal: false
    })
    if (exp.durationMs !== undefined) this.scheduleEnd(fault, exp.durationMs)
    return fault.handle
  }

  observe(handle: Handle, ctx: RunContext): AsyncIterable<Observation> {
    const fault = this.faults.get(key(ctx.runId, handle.experiment))
    if (!fault) throw new Error(`the local fault ${handle.name} is not running in this process`)
    return fault.log.follow(ctx.signal)
  }

  abort(handle: Handle, ctx: RunContext): Promise<void> {
    const fault = this.faults.get(key(ctx.runId, handle.experiment))
    if (!fault) return Promise.resolve()
    fault.timer?.abort()
    fault.proxy.release()
    this.finish(
      fault,
      'stopped',
      'stopped by the gate: the fault is off and held requests were released'
    )
    return Promise.resolve()
  }

  async cleanup(selector: RunSelector): Promise<CleanupReport> {
    const deleted: string[] = []
    const errors: string[] = []
    for (const [k, fault] of this.faults) {
      if (!inScope(k, selector)) continue
      fault.timer?.abort()
      try {
        await fault.proxy.close()
        this.finish(fault, 'stopped', 'the proxy was closed by cleanup')
        deleted.push(`proxy ${fault.handle.name} (${fault.proxy.url ?? 'not listening'})`)
        this.faults.delete(k)
      } catch (err) {
        errors.push(`closing the proxy ${fault.handle.name} failed: ${errorMessage(err)}`)
      }
    }
    const own = String(this.deps.pid)
    const foreign = selector.handles.filter((h) => h.data?.pid !== undefined && h.data.pid !== own)
    return { deleted, errors, stuck: foreignProxies(foreign, this.deps) }
  }

  /** The experiment's proxy, started on first use (preflight, or submit after a restart). */
  private async open(exp: Experiment, ctx: RunContext): Promise<LocalFault> {
    const k = key(ctx.runId, exp.name)
    const existing = this.faults.get(k)
    if (existing) return existing
    const proxy = new FaultProxy(proxySpec(exp), {
      clock: this.deps.clock,
      random: this.deps.random
    })
    const url = await proxy.start()
    const log = new ObservationLog()
    const handle: Handle = {
      backend: 'local',
      experiment: exp.name,
      kind: 'http-proxy',
      name: objectName(ctx.runId, exp.name),
      data: { url, upstream: proxy.spec.upstream, pid: String(this.deps.pid) }
    }
    log.push({
      at: this.deps.clock.now(),
      phase: 'pending',
      message: `proxy ${url} → ${proxy.spec.upstream} (pass-through)`,
      terminal: false
    })
    const fault: LocalFault = { proxy, log, handle }
    this.faults.set(k, fault)
    return fault
  }

  /** Switches the fault off exactly when its duration ends, on the injected clock. */
  private scheduleEnd(fault: LocalFault, durationMs: number): void {
    const timer = new AbortController()
    fault.timer = timer
    this.deps.clock.sleep(durationMs, timer.signal).then(
      () => {
        fault.proxy.release()
        const at = this.deps.clock.now()
        fault.log.push({
          at,
          phase: 'recovered',
          message: 'the fault duration ended; the proxy passes traffic through',
          terminal: false
        })
        this.finish(fault, 'finished', 'done')
      },
      (err: unknown) => {
        if (!isAbortError(err)) this.deps.log.warn(`local fault timer failed: ${errorMessage(err)}`)
      }
    )
  }

  private finish(fault: LocalFault, phase: 'finished' | 'stopped', message: string): void {
    const c = fault.proxy.counts
    fault.log.push({
      at: this.deps.clock.now(),
      phase,
      message,
      affectedTargets: 1,
      details: {
        requests: String(c.requests),
        delayed: String(c.delayed),
        errors: String(c.errors),
        resets: String(c.resets),
        throttled: String(c.throttled)
      },
      terminal: true
    })
  }
}

function key(runId: string, experiment: string): string {
  return `${runId}/${experiment}`
}

/** The selector's one experiment when it names one, else every experiment of its run. */
function inScope(k: string, selector: RunSelector): boolean {
  return selector.experiment !== undefined
    ? k === key(selector.runId, selector.experiment)
    : k.startsWith(`${selector.runId}/`)
}

function proxySpec(exp: Experiment): ProxyFaultSpec {
  if (exp.fault.kind !== 'http-proxy')
    throw new Error(`the local backend runs http-proxy faults, not ${exp.fault.kind}`)
  return exp.fault.spec
}

/**
 * Proxies from another gate process (found in a run-state file). They live and die with that
 * process: one that has exited left nothing behind; one still running is reported, not killed.
 */
function foreignProxies(
  handles: readonly Handle[],
  deps: { readonly isProcessAlive: (pid: number) => boolean }
): CleanupReport['stuck'] {
  return handles.flatMap((h) => {
    const pid = Number(h.data?.pid)
    if (!Number.isInteger(pid) || !deps.isProcessAlive(pid)) return []
    return [
      {
        ref: `local proxy ${h.name} (${h.data?.url ?? '?'})`,
        reason: `it belongs to gate process ${pid}, which is still running`,
        inspect: `ps -p ${pid} -o pid,args`
      }
    ]
  })
}
