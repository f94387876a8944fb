/**
 * The probe's load: requests to one URL at a steady rate (an open model, so a slow target does not
 * slow the probe down), each bounded by a timeout. Every completed request becomes a ProbeSample;
 * connection errors and timeouts are failed requests, not gaps in the data.
 */
import type { ProbeLoadSpec } from '../../manifest/steady-state-model'
import { abortReason, type Clock } from '../../util/clock'
import { errorMessage, socketErrorCode } from '../../util/errors'
import type { ProbeSample } from './window-stats'

export interface LoadDeps {
  readonly clock: Clock
  readonly fetch: typeof fetch
}

/** Requests in flight are capped, so a hanging target cannot make the probe open sockets without bound. */
const MAX_IN_FLIGHT = 64

export class LoadGenerator {
  private readonly recorded: ProbeSample[] = []
  private readonly stopping = new AbortController()
  private readonly inFlight = new Set<Promise<void>>()
  private loop: Promise<void> = Promise.resolve()
  private firstWaiters: (() => void)[] = []
  private sampleWaiters: (() => void)[] = []

  constructor(
    private readonly spec: ProbeLoadSpec,
    private readonly deps: LoadDeps,
    /** How long samples are kept: the longest window any check reads. */
    private readonly retentionMs: number
  ) {}

  /** Starts sending; returns at once. */
  start(): void {
    this.loop = this.run()
  }

  /** Every sample still retained, oldest first. */
  samples(): readonly ProbeSample[] {
    return this.recorded
  }

  /** Resolves once the first request has completed, successfully or not. */
  firstSample(): Promise<void> {
    if (this.recorded.length > 0) return Promise.resolve()
    return new Promise((resolve) => this.firstWaiters.push(resolve))
  }

  /**
   * Resolves when the next request completes (its sample is then in samples()), so a check can
   * be judged on every sample instead of at its next interval. Rejects when `signal` aborts.
   */
  nextSample(signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(abortReason(signal))
      const onAbort = (): void => {
        this.sampleWaiters = this.sampleWaiters.filter((w) => w !== wake)
        reject(abortReason(signal))
      }
      const wake = (): void => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      }
      this.sampleWaiters.push(wake)
      signal.addEventListener('abort', onAbort, { once: true })
    })
  }

  /** Stops sending, cancels requests in flight and waits for them to settle. */
  async stop(): Promise<void> {
    this.stopping.abort()
    await this.loop
    await Promise.all([...this.inFlight])
  }

  private async run(): Promise<void> {
    const periodMs = 1000 / this.spec.ratePerSecond
    const start = this.deps.clock.now()
    for (let n = 0; !this.stopping.signal.aborted; n++) {
      const wait = start + n * periodMs - this.deps.clock.now()
      if (wait > 0) await this.deps.clock.sleep(wait, this.stopping.signal).catch(() => undefined)
      if (this.stopping.signal.aborted) return
      if (this.inFlight.size >= MAX_IN_FLIGHT) continue
      const request = this.send().finally(() => this.inFlight.delete(request))
      this.inFlight.add(request)
    }
  }

  private async send(): Promise<void> {
    const { clock } = this.deps
    const timeout = new AbortController()
    const timer = new AbortController()
    clock.sleep(this.spec.timeoutMs, timer.signal).then(
      () => timeout.abort(),
      () => undefined
    )
    const startedAt = clock.now()
    try {
      const res = await this.deps.fetch(this.spec.url, {
        method: this.spec.method,
        headers: this.spec.headers,
        signal: AbortSignal.any([this.stopping.signal, timeout.signal])
      })
      await res.arrayBuffer()
      this.record({
        startedAt,
        endedAt: clock.now(),
        ok: this.isOk(res.status),
        latencyMs: clock.now() - startedAt,
        status: res.status
      })
    } catch (err) {
      if (this.stopping.signal.aborted) return
      const error = timeout.signal.aborted ? `timeout after ${this.spec.timeoutMs}ms` : failure(err)
      this.record({
        startedAt,
        endedAt: clock.now(),
        ok: false,
        latencyMs: clock.now() - startedAt,
        error
      })
    } finally {
      timer.abort()
    }
  }

  private isOk(status: number): boolean {
    return this.spec.okStatus.some((r) => status >= r.from && status <= r.to)
  }

  private record(sample: ProbeSample): void {
    this.recorded.push(sample)
    const horizon = sample.endedAt - this.retentionMs
    while ((this.recorded[0]?.endedAt ?? Infinity) < horizon) this.recorded.shift()
    for (const wake of this.firstWaiters.splice(0)) wake()
    for (const wake of this.sampleWaiters.splice(0)) wake()
  }
}

/** The most specific reason fetch gives: the socket error code (`ECONNRESET`), else the message. */
function failure(err: unknown): string {
  return socketErrorCode(err) ?? errorMessage(err)
}
