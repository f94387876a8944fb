/**
 * Follows a submitted fault through `backend.observe()` in the background, from submit until the
 * backend says it is done or the experiment stops listening. Steps ask it questions ("is the
 * fault off?") and wait on it without polling: every observation wakes the waiters.
 */
import type { Backend, FaultPhase, Handle, Observation, RunContext } from '../backends/backend'
import { abortReason } from '../util/clock'
import { errorMessage } from '../util/errors'
import type { BackendFacts } from './facts'
import type { BackendEvent } from './result'

/** Phases after which the fault is no longer being injected. */
const FAULT_OFF: ReadonlySet<FaultPhase> = new Set(['recovered', 'finished', 'stopped', 'failed'])

export class BackendFollower {
  private last: Observation | undefined
  /** The latest affected-target count any observation reported. */
  private affected: number | undefined
  private faultOff: number | undefined
  private ended = false
  private lost: string | undefined
  private readonly waiters = new Set<() => void>()
  private readonly controller = new AbortController()
  private consuming: Promise<void> = Promise.resolve()

  constructor(private readonly onEvent: (event: BackendEvent) => void) {}

  /** Starts consuming the backend's stream; returns at once. */
  follow(backend: Backend, handle: Handle, ctx: RunContext): void {
    const signal = AbortSignal.any([ctx.signal, this.controller.signal])
    this.consuming = this.consume(backend.observe(handle, { ...ctx, signal }), signal)
  }

  /** The backend's last word, as verdict facts. */
  get facts(): BackendFacts {
    const o = this.last
    return {
      terminal: o?.terminal ?? false,
      ...(this.lost !== undefined && { lostTrack: this.lost }),
      ...(o && { phase: o.phase, message: o.message }),
      ...(o?.verdict !== undefined && { verdict: o.verdict }),
      ...(this.affected !== undefined && { affectedTargets: this.affected })
    }
  }

  /** Why following failed, when the stream broke (not when it was stopped on purpose). */
  get lostTrack(): string | undefined {
    return this.lost
  }

  /** When the backend first reported the fault as no longer injected. */
  get faultOffAt(): number | undefined {
    return this.faultOff
  }

  get isTerminal(): boolean {
    return this.last?.terminal ?? false
  }

  /** Resolves true once `holds()` is true, false if the stream ends first; rejects when `signal` aborts. */
  waitFor(holds: () => boolean, signal: AbortSignal): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      const check = (): void => {
        if (holds()) finish(() => resolve(true))
        else if (this.ended) finish(() => resolve(false))
      }
      const onAbort = (): void => finish(() => reject(abortReason(signal)))
      const finish = (settle: () => void): void => {
        this.waiters.delete(check)
        signal.removeEventListener('abort', onAbort)
        settle()
      }
      if (signal.aborted) return onAbort()
      this.waiters.add(check)
      signal.addEventListener('abort', onAbort, { once: true })
      check()
    })
  }

  /** Whether the fault is known to be off. */
  isFaultOff(): boolean {
    return this.faultOff !== undefined
  }

  /** Stops following and waits for the stream to close. */
  async stop(): Promise<void> {
    this.controller.abort()
    await this.consuming
  }

  private async consume(stream: AsyncIterable<Observation>, signal: AbortSignal): Promise<void> {
    try {
      for await (const obs of stream) {
        this.record(obs)
        if (obs.terminal) break
      }
    } catch (err) {
      if (!signal.aborted) this.lost = errorMessage(err)
    } finally {
      this.ended = true
      this.wake()
    }
  }

  private record(obs: Observation): void {
    this.last = obs
    if (obs.affectedTargets !== undefined) this.affected = obs.affectedTargets
    if (this.faultOff === undefined && FAULT_OFF.has(obs.phase)) this.faultOff = obs.at
    this.onEvent({
      at: obs.at,
      phase: obs.phase,
      message: obs.message,
      ...(obs.verdict !== undefined && { verdict: obs.verdict }),
      ...(obs.details !== undefined && { details: obs.details })
    })
    this.wake()
  }

  private wake(): void {
    for (const w of [...this.waiters]) w()
  }
}
