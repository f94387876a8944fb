import type { Clock } from '../../clock'
import {
  arrayAt,
  clone,
  deepEqual,
  ensureObject,
  isObject,
  type JsonObject,
  objectAt,
  stringAt
} from '../../core/json'
import { annotationsOf, finalizersOf, isDeleting, setFinalizers, uidOf } from '../../core/meta'
import type { OperatorTiming } from '../../options'
import type { FirstSeen } from '../first-seen'
import { parseGoDuration } from '../go-duration'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import type { WatchChange } from '../runtime/informer'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import type { Reconciler, Requeue } from '../runtime/operator-manager'
import {
  CHAOS_KINDS,
  CHAOS_MESH_API,
  CLEAN_FINALIZER_ANNOTATION,
  isOneShot,
  PAUSE_ANNOTATION,
  RECORDS_FINALIZER
} from './kinds'
import { stepRecords } from './record-stepper'
import {
  conditionsFor,
  desiredPhaseOf,
  NOT_INJECTED,
  recordsOf,
  sameConditions,
  setDesiredPhase
} from './records'

const KINDS: ReadonlySet<string> = new Set(CHAOS_KINDS)

/**
 * Chaos Mesh's generic chaos pipeline (controllers/common): finalizer, desiredPhase (Run / Stop
 * on pause, on duration expiry counted from creationTimestamp, on deletion; one-shot always
 * Run), records selected from live pods and driven through Apply/Recover with record events,
 * and the four conditions recomputed from them (in random order). The outcome annotation
 * decides whether Apply or Recover fail.
 */
export class ChaosMeshController implements Reconciler {
  readonly name = 'chaos-mesh-controller-manager'
  private readonly failures = new Map<string, number>()

  constructor(
    readonly client: OperatorClient,
    readonly events: HttpEventRecorder,
    readonly clock: Clock,
    private readonly timing: OperatorTiming,
    private readonly firstSeen: FirstSeen
  ) {}

  keysFor(change: WatchChange): readonly string[] {
    if (change.resource.group !== 'chaos-mesh.org' || !KINDS.has(change.resource.kind)) return []
    if (change.type === 'DELETED') return []
    return [
      `${change.resource.kind}|${refOf(change.object).namespace ?? ''}|${refOf(change.object).name}`
    ]
  }

  async reconcile(key: string): Promise<Requeue | void> {
    const [kind = '', namespace = '', name = ''] = key.split('|')
    const obj = this.client.get({ apiVersion: CHAOS_MESH_API, kind, namespace, name })
    if (!obj) return
    // Read before the object is first seen, so a fresh object's first pass is always Run.
    const now = this.clock.now()
    this.firstSeen.of(obj)
    if (isDeleting(obj)) return this.whileDeleting(obj)
    // The phase is decided as of the start of the pass. At real time a pass takes milliseconds
    // and a duration seconds; compressed, the finalizer write below could outlast the whole
    // duration, and the chaos would stop before it ever selected a target.
    const desired = this.desiredPhase(obj, now)
    if (!finalizersOf(obj).includes(RECORDS_FINALIZER)) {
      setFinalizers(obj, [...finalizersOf(obj), RECORDS_FINALIZER])
      // Events before the write they describe: the client sends them ahead of its next write.
      this.event(obj, 'FinalizerInited', 'Finalizer has been inited', 'finalizer')
      this.event(obj, 'Updated', 'Successfully update finalizer of resource', 'finalizer')
      // Driven on from the written object at once: each extra round trip over the API is time
      // a short duration (in compressed chaos time) would lose before anything is injected.
      const written = await this.client.update(obj)
      return this.drive(written, desired)
    }
    return this.drive(obj, desired)
  }

  private async whileDeleting(obj: JsonObject): Promise<Requeue | void> {
    if (annotationsOf(obj)[CLEAN_FINALIZER_ANNOTATION] === 'forced') return this.dropFinalizer(obj)
    const records = recordsOf(obj)
    if (!records || records.every((r) => r['phase'] === NOT_INJECTED))
      return this.dropFinalizer(obj)
    return this.drive(obj, { phase: 'Stop', reason: 'Deleted' })
  }

  private async dropFinalizer(obj: JsonObject): Promise<void> {
    setFinalizers(
      obj,
      finalizersOf(obj).filter((f) => f !== RECORDS_FINALIZER)
    )
    await this.client.update(obj)
  }

  /** Run / Stop at `now`, and the event a change to it earns. */
  private desiredPhase(obj: JsonObject, now: number): { phase: 'Run' | 'Stop'; reason: string } {
    const spec = objectAt(obj, 'spec')
    if (isOneShot(stringAt(obj, 'kind') ?? '', spec)) return { phase: 'Run', reason: 'Started' }
    if (annotationsOf(obj)[PAUSE_ANNOTATION] === 'true') return { phase: 'Stop', reason: 'Paused' }
    const remaining = this.remainingMs(obj, now)
    if (remaining !== undefined && remaining <= 0) return { phase: 'Stop', reason: 'TimeUp' }
    return { phase: 'Run', reason: 'Started' }
  }

  /** ms left of spec.duration (scaled chaos time) at `now`, undefined when there is no duration. */
  private remainingMs(obj: JsonObject, now = this.clock.now()): number | undefined {
    const duration = parseGoDuration(stringAt(objectAt(obj, 'spec'), 'duration'))
    if (duration === undefined) return undefined
    return this.firstSeen.of(obj) + (duration / 1000) * this.timing.chaosSecondMs - now
  }

  private async drive(
    obj: JsonObject,
    desired: { phase: 'Run' | 'Stop'; reason: string }
  ): Promise<Requeue | void> {
    const { phase, reason: why } = desired
    const next = clone(obj)
    const phaseChanged = desiredPhaseOf(next) !== phase
    if (phaseChanged) setDesiredPhase(next, phase)
    const pending = await stepRecords(this, obj, next, phase)
    const paused = annotationsOf(obj)[PAUSE_ANNOTATION] === 'true'
    const status = ensureObject(next, 'status')
    const conditions = conditionsFor(recordsOf(next), paused)
    const oldConditions = arrayAt(objectAt(obj, 'status'), 'conditions').filter(isObject)
    const conditionsChanged = !sameConditions(conditions, oldConditions)
    if (conditionsChanged) status['conditions'] = conditions
    if (
      phaseChanged ||
      conditionsChanged ||
      !deepEqual(objectAt(next, 'status'), objectAt(obj, 'status'))
    ) {
      if (phaseChanged) {
        this.event(obj, why, PHASE_MESSAGES[why] ?? 'Experiment has started', 'desiredphase')
        this.event(obj, 'Updated', 'Successfully update desiredPhase of resource', 'desiredphase')
      }
      await this.client.update(next)
    }
    if (pending === 'retry') return { afterMs: this.backoff(obj) }
    this.failures.delete(uidOf(obj))
    const remaining = isDeleting(obj) ? undefined : this.remainingMs(obj)
    // Run with no time left (the pass outlasted the duration): look again at once to stop it.
    return remaining !== undefined && phase === 'Run'
      ? { afterMs: Math.max(0, remaining) }
      : undefined
  }

  /** Exponential back-off for failing Apply/Recover and selection, capped at 64 × retryMs. */
  private backoff(obj: JsonObject): number {
    const attempts = (this.failures.get(uidOf(obj)) ?? 0) + 1
    this.failures.set(uidOf(obj), attempts)
    return this.timing.retryMs * 2 ** Math.min(attempts - 1, 6)
  }

  private event(obj: JsonObject, reason: string, message: string, component: string): void {
    this.events.record(obj, 'Normal', reason, message, component)
  }
}

const PHASE_MESSAGES: Readonly<Record<string, string>> = {
  Started: 'Experiment has started',
  Paused: 'Experiment has been paused',
  TimeUp: 'Time up according to the duration',
  Deleted: 'Experiment has been deleted'
}
