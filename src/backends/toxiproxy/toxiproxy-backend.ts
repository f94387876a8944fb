/**
 * The `toxiproxy` backend: network toxics on a Toxiproxy proxy, through the server's HTTP API.
 * Created: the run's own proxy (when the spec gives listen and upstream) in preflight, its toxics
 * in submit, all named `gate-<run>-<experiment>[-<toxic>]`. Found again: by those names, from the
 * handle or by listing the server. Stopped: abort deletes the toxics; cleanup sweeps every toxic
 * and proxy with the run's prefix.
 */
import type { Experiment, ToxiproxySpec } from '../../manifest/model'
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
import { unsupportedFault } from '../backend-issues'
import { ObservationLog } from '../local/observation-log'
import { sweepServers } from './toxiproxy-cleanup'
import { ToxiproxyClient } from './toxiproxy-client'
import { faultName, toxicName } from './toxiproxy-names'
import { proxyFor, toxiproxyPreflight } from './toxiproxy-preflight'

/** One injected experiment: what it reported, and the timer that ends it. */
interface Fault {
  readonly log: ObservationLog
  readonly timer: AbortController
}

export function toxiproxyBackend(deps: BackendDeps): Backend {
  return new ToxiproxyBackend(deps)
}

class ToxiproxyBackend implements Backend {
  readonly kind = 'toxiproxy' as const
  private readonly faults = new Map<string, Fault>()

  constructor(private readonly deps: BackendDeps) {}

  check(exp: Experiment): readonly Issue[] {
    return exp.fault.kind === 'toxiproxy'
      ? []
      : [unsupportedFault(exp, 'toxiproxy', 'toxiproxy faults')]
  }

  preflight(exp: Experiment, ctx: RunContext): Promise<PreflightReport> {
    return toxiproxyPreflight(exp, specOf(exp), ctx)
  }

  async submit(exp: Experiment, ctx: RunContext): Promise<Handle> {
    const spec = specOf(exp)
    const client = new ToxiproxyClient(spec.server, ctx.signal)
    const proxy = await proxyFor(client, exp.name, spec, ctx.runId)
    if (!proxy) throw new Error(`the proxy '${spec.proxy ?? ''}' is gone from ${spec.server}`)
    const toxics = spec.toxics.map((t) => ({ ...t, name: toxicName(ctx.runId, exp.name, t.name) }))
    const handle: Handle = {
      backend: 'toxiproxy',
      experiment: exp.name,
      kind: 'toxics',
      name: faultName(ctx.runId, exp.name),
      data: {
        server: spec.server,
        proxy: proxy.name,
        toxics: toxics.map((t) => t.name).join(','),
        listen: proxy.listen,
        upstream: proxy.upstream
      }
    }
    const k = key(ctx.runId, exp.name)
    if (this.faults.has(k)) return handle
    for (const toxic of toxics) await client.addToxic(proxy.name, toxic)
    const fault: Fault = { log: new ObservationLog(), timer: new AbortController() }
    this.faults.set(k, fault)
    const what = toxics.map((t) => `${t.type} (${t.stream}, toxicity ${t.toxicity})`).join(', ')
    fault.log.push({
      at: this.deps.clock.now(),
      phase: 'injected',
      affectedTargets: 1,
      message: `${what} on proxy ${proxy.name} ${proxy.listen} → ${proxy.upstream} for ${(exp.durationMs ?? 0) / 1000}s`,
      terminal: false
    })
    this.scheduleEnd(fault, handle, exp.durationMs ?? 0)
    return handle
  }

  observe(handle: Handle, ctx: RunContext): AsyncIterable<Observation> {
    const fault = this.faults.get(key(ctx.runId, handle.experiment))
    if (!fault) throw new Error(`the toxics ${handle.name} were not injected by this process`)
    return fault.log.follow(ctx.signal)
  }

  async abort(handle: Handle, ctx: RunContext): Promise<void> {
    const fault = this.faults.get(key(ctx.runId, handle.experiment))
    fault?.timer.abort()
    const removed = await removeToxics(handle, ctx.signal)
    fault?.log.push({
      at: this.deps.clock.now(),
      phase: 'stopped',
      affectedTargets: 1,
      message: `stopped by the gate: ${removed.length} toxic(s) removed from proxy ${handle.data?.proxy ?? '?'}`,
      terminal: true
    })
  }

  async cleanup(selector: RunSelector, ctx: RunContext): Promise<CleanupReport> {
    for (const [k, fault] of this.faults) {
      const inScope =
        selector.experiment === undefined
          ? k.startsWith(`${selector.runId}/`)
          : k === key(selector.runId, selector.experiment)
      if (!inScope) continue
      fault.timer.abort()
      this.faults.delete(k)
    }
    return sweepServers(selector, ctx)
  }

  /** Removes the toxics when the duration ends, on the injected clock. */
  private scheduleEnd(fault: Fault, handle: Handle, durationMs: number): void {
    this.deps.clock.sleep(durationMs, fault.timer.signal).then(
      async () => {
        const signal = AbortSignal.timeout(10_000)
        const names = (handle.data?.toxics ?? '').split(',')
        try {
          const removed = await removeToxics(handle, signal)
          const gone = names.filter((n) => !removed.includes(n))
          fault.log.push(
            gone.length === 0
              ? end(this.deps.clock.now(), 'finished', 'the duration ended; the toxics are removed')
              : end(
                  this.deps.clock.now(),
                  'failed',
                  `toxic(s) ${gone.join(', ')} were gone before the end: removed outside the gate, so the fault did not last its duration`
                )
          )
        } catch (err) {
          fault.log.push(end(this.deps.clock.now(), 'failed', errorMessage(err)))
        }
      },
      (err: unknown) => {
        if (!isAbortError(err)) this.deps.log.warn(`toxiproxy timer failed: ${errorMessage(err)}`)
      }
    )
  }
}

/** Deletes the handle's toxics; the names that were there (404 counts as already removed). */
async function removeToxics(handle: Handle, signal: AbortSignal): Promise<string[]> {
  const client = new ToxiproxyClient(handle.data?.server ?? '', signal)
  const proxy = handle.data?.proxy ?? ''
  const removed: string[] = []
  for (const name of (handle.data?.toxics ?? '').split(',').filter((n) => n !== '')) {
    if (await client.removeToxic(proxy, name)) removed.push(name)
  }
  return removed
}

function end(at: number, phase: 'finished' | 'failed', message: string): Observation {
  return { at, phase, affectedTargets: 1, message, terminal: true }
}

function key(runId: string, experiment: string): string {
  return `${runId}/${experiment}`
}

function specOf(exp: Experiment): ToxiproxySpec {
  if (exp.fault.kind !== 'toxiproxy')
    throw new Error(`the toxiproxy backend runs toxiproxy faults, not ${exp.fault.kind}`)
  return exp.fault.spec
}
