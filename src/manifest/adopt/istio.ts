/**
 * Reads an Istio VirtualService with HTTP fault injection. The kubernetes backend applies it for
 * the experiment's duration and then restores the previous routes; Istio itself has no duration,
 * so one must come from a wrapping Experiment.
 */
import type { DocPath, KubeObject, TargetDeclaration } from '../model'
import { cloneRecord, isRecord, listAt, type PlainRecord, quote, recordAt } from '../plain'
import {
  type AdoptContext,
  type AdoptResult,
  durationHint,
  IssueSink,
  objectName,
  resolveNamespace
} from './adopt'
import { GO_DURATION } from './chaos-mesh/chaos-mesh-fault'

/** Reads a networking.istio.io VirtualService that has at least one http[].fault. */
export function adoptIstio(value: PlainRecord, ctx: AdoptContext): AdoptResult {
  const sink = new IssueSink(ctx)
  const metadata = recordAt(value, ['metadata'])
  const namespace = resolveNamespace(metadata, ctx, sink)
  const actions = new Set<string>()
  let maxPercent = 0
  listAt(value, ['spec', 'http']).forEach((route, i) => {
    if (!isRecord(route) || !isRecord(route.fault)) return
    const path = ['spec', 'http', i, 'fault']
    for (const [action, percent] of readFault(route.fault, path, sink)) {
      actions.add(action)
      maxPercent = Math.max(maxPercent, percent)
    }
  })
  if (ctx.durationMs === undefined) {
    sink.add(
      ['kind'],
      'duration/missing',
      'a VirtualService has no duration of its own, so the gate cannot tell how long to keep the fault applied',
      {
        hint: durationHint(ctx, 'VirtualService')
      }
    )
  }
  if (sink.hasErrors || ctx.durationMs === undefined) return { issues: sink.issues }
  const object = cloneRecord(value)
  object.metadata = { ...(metadata ?? {}), ...(namespace === undefined ? {} : { namespace }) }
  const targets: TargetDeclaration = {
    resource: 'traffic',
    namespaces: namespace === undefined ? [] : [namespace],
    mode: { kind: 'percent', percent: maxPercent },
    location: sink.at(['spec', 'http'])
  }
  const action = [...actions].join('+')
  const site = {
    kind: 'VirtualService',
    action,
    targets,
    durationMs: ctx.durationMs,
    location: sink.at(['spec', 'http']),
    durationLocation: ctx.durationLocation ?? sink.at([])
  }
  const name = objectName(metadata)
  const kube: KubeObject = {
    ...object,
    apiVersion: String(object.apiVersion),
    kind: 'VirtualService',
    metadata: recordAt(object, ['metadata']) ?? {}
  }
  return {
    adopted: {
      backend: 'kubernetes',
      kind: 'VirtualService',
      action,
      object: kube,
      targets,
      durationMs: ctx.durationMs,
      sites: [site],
      ...(name === undefined ? {} : { name }),
      ...(namespace === undefined ? {} : { namespace })
    },
    issues: sink.issues
  }
}

/** The actions of one route's fault and the share of requests each affects (0–100). */
function readFault(fault: PlainRecord, path: DocPath, sink: IssueSink): [string, number][] {
  const out: [string, number][] = []
  if (isRecord(fault.delay)) {
    const delay = fault.delay
    const fixed = delay.fixedDelay
    if (typeof fixed !== 'string' || !GO_DURATION.test(fixed)) {
      sink.add(
        [...path, 'delay', 'fixedDelay'],
        'istio/fault',
        `fault.delay.fixedDelay must be a duration like '5s'; got ${quote(fixed)}`
      )
    }
    out.push(['delay', readPercent(delay, [...path, 'delay'], sink)])
  }
  if (isRecord(fault.abort)) {
    const abort = fault.abort
    const status = abort.httpStatus
    if (
      abort.grpcStatus === undefined &&
      abort.http2Error === undefined &&
      !(Number.isInteger(status) && Number(status) >= 200 && Number(status) <= 599)
    ) {
      sink.add(
        [...path, 'abort'],
        'istio/fault',
        `fault.abort needs httpStatus between 200 and 599 (or grpcStatus); got ${quote(status)}`
      )
    }
    out.push(['abort', readPercent(abort, [...path, 'abort'], sink)])
  }
  if (out.length === 0)
    sink.add(path, 'istio/fault', 'the fault has neither delay nor abort', {
      expected: 'fault.delay or fault.abort'
    })
  return out
}

/** Istio's `percentage.value` (0–100, fractional), or the deprecated integer `percent`; 100 when neither is set. */
function readPercent(action: PlainRecord, path: DocPath, sink: IssueSink): number {
  const value = recordAt(action, ['percentage'])?.value
  if (value !== undefined) {
    if (typeof value === 'number' && value >= 0 && value <= 100) return value
    sink.add(
      [...path, 'percentage', 'value'],
      'istio/fault',
      `percentage.value must be a number from 0 to 100; got ${quote(value)}`
    )
    return 0
  }
  if (action.percent !== undefined) {
    sink.add(
      [...path, 'percent'],
      'istio/deprecated',
      "'percent' is deprecated in Istio; use percentage: {value: N}",
      { severity: 'warning' }
    )
    return typeof action.percent === 'number' ? action.percent : 0
  }
  return 100
}
