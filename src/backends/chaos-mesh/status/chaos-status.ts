/**
 * Reads a chaos object (any *Chaos kind) into a typed view (docs/backends/chaos-mesh.md, "A chaos object"): the four
 * conditions, which arrive in no fixed order, `desiredPhase`, and `containerRecords` (a JSON name
 * that differs from the Go field). Missing or malformed fields become undefined, never an exception.
 */
import type { KubeObject } from '../../../manifest/model'
import { isRecord } from '../../kube/status'
import { ABORTED_AT_ANNOTATION, PAUSE_ANNOTATION } from '../chaos-mesh-api'
import { isOneShot } from '../observation/one-shot'

/** Where one target's fault is: settled in or out, or between (`Injected/…`, `Not Injected/…`). */
export type RecordPhase = 'injected' | 'not-injected' | 'transitioning'

/** Consecutive failed Apply or Recover attempts at the end of a record's events. */
export interface Failing {
  readonly operation: string
  readonly count: number
  readonly message: string
}

/** One target (`<namespace>/<pod>[/<container>]`, a cloud instance, a machine). */
export interface RecordView {
  readonly id: string
  readonly phase: RecordPhase
  readonly injectedCount: number
  readonly recoveredCount: number
  readonly failing?: Failing
}

/** A chaos object as the controller reports it. */
export interface ChaosView {
  readonly kind: string
  readonly namespace: string
  readonly name: string
  readonly createdAt: number | undefined
  readonly deleting: boolean
  /** The pause annotation is set (the Paused condition follows it). */
  readonly paused: boolean
  /** chaos-gate set the pause or abort, and when. */
  readonly abortedAt: string | undefined
  readonly oneShot: boolean
  /** `Run` or `Stop`; undefined before the controller's first pass. */
  readonly desiredPhase: string | undefined
  /** Condition type → status (`True`/`False`), whatever order they were written in. */
  readonly conditions: ReadonlyMap<string, string>
  /** Undefined while nothing is selected (the controller leaves the list nil). */
  readonly records: readonly RecordView[] | undefined
  readonly finalizers: readonly string[]
}

export function readChaos(object: KubeObject): ChaosView {
  const { metadata } = object
  const annotations = metadata.annotations ?? {}
  const status = isRecord(object.status) ? object.status : {}
  const experiment = isRecord(status.experiment) ? status.experiment : {}
  const records = Array.isArray(experiment.containerRecords)
    ? experiment.containerRecords.filter(isRecord).map(readRecord)
    : []
  const created = typeof metadata.creationTimestamp === 'string' ? metadata.creationTimestamp : ''
  return {
    kind: object.kind,
    namespace: metadata.namespace ?? '',
    name: metadata.name ?? '',
    createdAt: Number.isNaN(Date.parse(created)) ? undefined : Date.parse(created),
    deleting: typeof metadata.deletionTimestamp === 'string',
    paused: annotations[PAUSE_ANNOTATION] === 'true',
    abortedAt: annotations[ABORTED_AT_ANNOTATION],
    oneShot: isOneShot(object.kind, isRecord(object.spec) ? object.spec : undefined),
    desiredPhase: text(experiment.desiredPhase),
    conditions: readConditions(status.conditions),
    records: records.length > 0 ? records : undefined,
    finalizers: Array.isArray(metadata.finalizers) ? metadata.finalizers.map(String) : []
  }
}

/** `type → status` of a `conditions` list; later duplicates win. */
export function readConditions(value: unknown): ReadonlyMap<string, string> {
  const out = new Map<string, string>()
  if (!Array.isArray(value)) return out
  for (const c of value.filter(isRecord)) {
    const type = text(c.type)
    if (type) out.set(type, text(c.status) ?? '')
  }
  return out
}

function readRecord(record: Readonly<Record<string, unknown>>): RecordView {
  const phase = text(record.phase) ?? ''
  const failing = trailingFailures(record.events)
  return {
    id: text(record.id) ?? '?',
    phase:
      phase === 'Injected'
        ? 'injected'
        : phase === 'Not Injected' || phase === ''
          ? 'not-injected'
          : 'transitioning',
    injectedCount: count(record.injectedCount),
    recoveredCount: count(record.recoveredCount),
    ...(failing ? { failing } : {})
  }
}

/** The run of Failed events at the end of a record's (capped) event list. */
function trailingFailures(events: unknown): Failing | undefined {
  if (!Array.isArray(events)) return undefined
  const list = events.filter(isRecord)
  let n = 0
  for (let i = list.length - 1; i >= 0 && list[i]?.type === 'Failed'; i--) n++
  const last = list.at(-1)
  if (n === 0 || !last) return undefined
  return {
    operation: text(last.operation) ?? 'Apply',
    count: n,
    message: text(last.message) ?? 'no message'
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}
