import type { Clock } from '../../clock'
import { keyFor, splitKey } from '../../controllers/keys'
import {
  clone,
  deepEqual,
  ensureObject,
  type JsonObject,
  numberAt,
  objectAt,
  stringAt
} from '../../core/json'
import {
  annotationsOf,
  byCreation,
  controllerOf,
  controllerRefTo,
  isDeleting,
  metaOf,
  nameOf,
  namespaceOf,
  resourceVersionOf,
  timestamp,
  uidOf
} from '../../core/meta'
import { randomSuffix } from '../../core/names'
import type { OperatorTiming } from '../../options'
import type { FirstSeen } from '../first-seen'
import { OUTCOME_ANNOTATION } from '../outcome'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import type { WatchChange } from '../runtime/informer'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import type { Reconciler, Requeue } from '../runtime/operator-manager'
import { parseCron } from './cron'
import { isFinished } from './finished'
import { CHAOS_MESH_API, EMBED_KEYS, PAUSE_ANNOTATION } from './kinds'

/**
 * The Schedule controllers (cron, active, gc, pause): children `<schedule>-<5 chars>` labelled
 * managed-by=<schedule> and owned by it, status.time (last schedule time) and status.active,
 * concurrencyPolicy Forbid (the default) skipping while a child runs, historyLimit GC of
 * finished children, and the pause annotation propagated to every child.
 */
export class ScheduleController implements Reconciler {
  readonly name = 'chaos-mesh-schedule'
  private readonly started = new Map<string, number>()

  constructor(
    private readonly client: OperatorClient,
    private readonly events: HttpEventRecorder,
    private readonly clock: Clock,
    private readonly timing: OperatorTiming,
    private readonly firstSeen: FirstSeen
  ) {}

  keysFor(change: WatchChange): readonly string[] {
    if (change.resource.group !== 'chaos-mesh.org') return []
    if (change.resource.kind === 'Schedule')
      return change.type === 'DELETED' ? [] : [keyFor(change.object)]
    const owner = controllerOf(change.object)
    return owner?.kind === 'Schedule' ? [`${namespaceOf(change.object)}/${owner.name}`] : []
  }

  async reconcile(key: string): Promise<Requeue | void> {
    const { namespace, name } = splitKey(key)
    const schedule = this.client.get({
      apiVersion: CHAOS_MESH_API,
      kind: 'Schedule',
      namespace,
      name
    })
    if (!schedule || isDeleting(schedule)) return
    const spec = objectAt(schedule, 'spec') ?? {}
    const childKind = stringAt(spec, 'type') ?? ''
    const paused = annotationsOf(schedule)[PAUSE_ANNOTATION] === 'true'
    const children = this.children(schedule, childKind)
    if (childKind !== 'Workflow') {
      for (const child of children) await this.propagatePause(child, paused)
    }
    const now = this.clock.now()
    const active = children.filter(
      (c) => !isFinished(c, now, this.timing.chaosSecondMs, (o) => this.firstSeen.of(o))
    )
    await this.collectGarbage(children, active, numberAt(spec, 'historyLimit') ?? 1)
    const next = parseCron(stringAt(spec, 'schedule') ?? '', this.timing.chaosSecondMs)
    const last = this.lastScheduled(schedule, key)
    const due = next?.(last)
    let lastTime = stringAt(objectAt(schedule, 'status'), 'time')
    if (due !== undefined && due <= now && !paused) {
      const forbid = (stringAt(spec, 'concurrencyPolicy') ?? 'Forbid') === 'Forbid'
      if (forbid && active.length > 0) {
        this.events.record(
          schedule,
          'Normal',
          'Forbid',
          `Forbid spawning new job because: ${nameOf(active[0] ?? {})} is still running`,
          'schedule-cron'
        )
      } else {
        active.push(await this.spawn(schedule, childKind, spec, paused))
        this.started.set(key, now)
        lastTime = timestamp(now)
      }
    }
    await this.writeStatus(schedule, active, lastTime)
    if (due === undefined || paused) return undefined
    return { afterMs: Math.max(this.timing.operatorStepMs, due - now) }
  }

  private lastScheduled(schedule: JsonObject, key: string): number {
    return this.started.get(key) ?? this.firstSeen.of(schedule)
  }

  private children(schedule: JsonObject, kind: string): JsonObject[] {
    if (!this.client.has(CHAOS_MESH_API, kind)) return []
    return this.client
      .list(CHAOS_MESH_API, kind, namespaceOf(schedule), `managed-by=${nameOf(schedule)}`)
      .filter((c) => controllerOf(c)?.uid === uidOf(schedule))
  }

  private async spawn(
    schedule: JsonObject,
    kind: string,
    spec: JsonObject,
    paused: boolean
  ): Promise<JsonObject> {
    const annotations: Record<string, string> = {}
    const outcome = annotationsOf(schedule)[OUTCOME_ANNOTATION]
    if (outcome) annotations[OUTCOME_ANNOTATION] = outcome
    if (paused && kind !== 'Workflow') annotations[PAUSE_ANNOTATION] = 'true'
    const child = await this.client.create({
      apiVersion: CHAOS_MESH_API,
      kind,
      metadata: {
        name: `${nameOf(schedule)}-${randomSuffix(5)}`,
        namespace: namespaceOf(schedule),
        labels: { 'managed-by': nameOf(schedule) },
        annotations,
        ownerReferences: [controllerRefTo(schedule)]
      },
      spec: clone(objectAt(spec, EMBED_KEYS[kind] ?? '') ?? {})
    })
    this.events.record(
      schedule,
      'Normal',
      'Spawned',
      `Create new object: ${nameOf(child)}`,
      'schedule-cron'
    )
    return child
  }

  private async propagatePause(child: JsonObject, paused: boolean): Promise<void> {
    if ((annotationsOf(child)[PAUSE_ANNOTATION] === 'true') === paused || isDeleting(child)) return
    await this.client.mutate(refOf(child), (obj) => {
      const annotations = ensureObject(metaOf(obj), 'annotations')
      if (paused) annotations[PAUSE_ANNOTATION] = 'true'
      else delete annotations[PAUSE_ANNOTATION]
    })
  }

  /** Deletes the oldest finished children beyond historyLimit. */
  private async collectGarbage(
    children: JsonObject[],
    active: JsonObject[],
    limit: number
  ): Promise<void> {
    const finished = children.filter((c) => !active.includes(c) && !isDeleting(c))
    const byAge = finished.sort(byCreation)
    for (const child of byAge.slice(0, Math.max(0, byAge.length - limit)))
      await this.client.delete(refOf(child))
  }

  private async writeStatus(
    schedule: JsonObject,
    active: JsonObject[],
    time: string | undefined
  ): Promise<void> {
    const refs = active
      .map((c) => ({
        apiVersion: CHAOS_MESH_API,
        kind: stringAt(c, 'kind') ?? '',
        name: nameOf(c),
        namespace: namespaceOf(c),
        uid: uidOf(c),
        resourceVersion: resourceVersionOf(c)
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
    const status: JsonObject = {
      ...(refs.length > 0 ? { active: refs } : {}),
      ...(time ? { time } : {})
    }
    if (deepEqual(objectAt(schedule, 'status') ?? {}, status)) return
    await this.client.mutate(refOf(schedule), (obj) => {
      obj['status'] = status
    })
  }
}
