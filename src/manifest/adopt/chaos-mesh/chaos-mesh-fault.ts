/**
 * One Chaos Mesh fault spec (a PodChaos spec, or the same spec embedded in a Schedule or Workflow):
 * the fields the CRD requires, the action, the selection and the duration. Field-by-field checks
 * beyond these are left to the backend's check() and the API server's dry run.
 */
import type { DocPath, TargetDeclaration, TargetResource } from '../../model'
import { isRecord, type PlainRecord, quote } from '../../plain'
import type { FaultSite, IssueSink } from '../adopt'
import { CHAOS_MESH_SPECS, CLOUD_KINDS, ONE_SHOT } from './chaos-mesh-kinds'
import { readMode, readSelector } from './chaos-mesh-selector'

/** Go's time.ParseDuration syntax, without a sign: what Chaos Mesh accepts for `duration`. */
export const GO_DURATION = /^((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/

/** A fault spec read for the gate. */
export interface FaultRead {
  readonly site: FaultSite
  readonly oneShot: boolean
  /** The `duration` written in the spec, when present and valid. */
  readonly declaredDuration?: string
  /** True when the spec writes a duration, valid or not (an invalid one is already reported). */
  readonly writesDuration: boolean
}

/** Reads the fault spec at `path` (relative to the object). */
export function readFaultSpec(
  kind: string,
  spec: unknown,
  path: DocPath,
  namespace: string | undefined,
  sink: IssueSink
): FaultRead | undefined {
  const info = CHAOS_MESH_SPECS[kind]
  if (!info) return undefined
  if (!isRecord(spec)) {
    sink.add(path, 'chaos-mesh/spec', `the ${kind} spec is missing or not a mapping`)
    return undefined
  }
  // mode and selector have their own messages (readMode, readTargets).
  for (const field of info.required.filter((f) => f !== 'mode' && f !== 'selector')) {
    if (spec[field] === undefined || spec[field] === '')
      sink.add(path, 'chaos-mesh/required', `${kind} needs spec.${field}`, {
        expected: `${field} (required by the ${kind} CRD)`
      })
  }
  const action = readAction(kind, spec, path, info.actions, sink)
  const oneShot = action !== undefined && ONE_SHOT.includes(`${kind}/${action}`)
  const declaredDuration = readDuration(spec, path, sink)
  const targets = readTargets(kind, spec, path, namespace, sink)
  const location = sink.at(action === undefined ? path : [...path, 'action'])
  const durationLocation = sink.at(declaredDuration === undefined ? path : [...path, 'duration'])
  const site: FaultSite = {
    kind,
    location,
    durationLocation,
    ...(action === undefined ? {} : { action }),
    ...(targets === undefined ? {} : { targets })
  }
  return {
    site,
    oneShot,
    writesDuration: spec.duration !== undefined && spec.duration !== null,
    ...(declaredDuration === undefined ? {} : { declaredDuration })
  }
}

function readAction(
  kind: string,
  spec: PlainRecord,
  path: DocPath,
  actions: readonly string[] | undefined,
  sink: IssueSink
): string | undefined {
  if (!actions) return derivedAction(kind, spec)
  const action = spec.action
  if (action === undefined) return undefined
  if (
    typeof action !== 'string' ||
    (kind !== 'PhysicalMachineChaos' && !actions.includes(action))
  ) {
    sink.add(
      [...path, 'action'],
      'chaos-mesh/action',
      `${kind} action must be one of ${actions.join(', ')}; got ${quote(action)}`
    )
    return undefined
  }
  return action
}

/** Kinds without an `action` field still do one thing; name it for plans and policies. */
function derivedAction(kind: string, spec: PlainRecord): string | undefined {
  if (kind === 'StressChaos') return 'stress'
  if (kind === 'TimeChaos') return 'time-offset'
  if (kind === 'KernelChaos') return 'kernel-fault'
  if (kind === 'PhysicalMachineChaos')
    return typeof spec.action === 'string' ? spec.action : undefined
  if (kind === 'HTTPChaos') {
    const parts = ['abort', 'delay', 'replace', 'patch'].filter(
      (k) => spec[k] !== undefined && spec[k] !== false
    )
    return parts.length > 0 ? parts.join('+') : 'http'
  }
  return undefined
}

function readDuration(spec: PlainRecord, path: DocPath, sink: IssueSink): string | undefined {
  const value = spec.duration
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' && GO_DURATION.test(value)) return value
  sink.add(
    [...path, 'duration'],
    'duration/invalid',
    `duration must be a Go duration like '30s', '5m' or '1m30s'; got ${quote(value)}`,
    {
      hint:
        typeof value === 'number'
          ? `Write it with a unit: duration: '${value}s'.`
          : 'Units: ms, s, m, h.'
    }
  )
  return undefined
}

function readTargets(
  kind: string,
  spec: PlainRecord,
  path: DocPath,
  namespace: string | undefined,
  sink: IssueSink
): TargetDeclaration | undefined {
  if (CLOUD_KINDS.includes(kind)) {
    return {
      resource: 'external' as const,
      namespaces: [],
      mode: { kind: 'count' as const, count: 1 },
      location: sink.at(path)
    }
  }
  const mode = readMode(spec, path, sink)
  const resource: TargetResource = kind === 'PhysicalMachineChaos' ? 'external' : 'pod'
  if (kind === 'PhysicalMachineChaos' && spec.selector === undefined) {
    if (spec.address === undefined)
      sink.add(
        path,
        'chaos-mesh/selector',
        'PhysicalMachineChaos needs a selector (or the deprecated address list)'
      )
    return mode === undefined
      ? undefined
      : { resource, namespaces: [], mode, location: sink.at(path) }
  }
  if (mode === undefined) {
    if (spec.selector === undefined)
      sink.add(path, 'chaos-mesh/selector', 'selector is required', {
        expected: 'selector: {namespaces: [...], labelSelectors: {app: name}}'
      })
    return undefined
  }
  return readSelector(spec.selector, [...path, 'selector'], namespace, mode, resource, sink)
}

/** A Chaos Mesh object's fault, as the Experiment that adopts it needs it. */
export interface ChaosMeshBody {
  readonly sites: readonly FaultSite[]
  readonly durationMs?: number
  readonly targets?: FaultSite['targets']
  /** A duration to write into the object's spec (from the wrapping Experiment). */
  readonly fillDuration?: string
}
