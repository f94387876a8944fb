/**
 * A Chaos Mesh Workflow: its templates must form a tree from `entry`, every fault template is read
 * like a standalone fault, and the whole run is bounded by deadlines (Serial adds its children,
 * Parallel takes the longest, a node's own deadline caps it).
 */
import { CHAOS_MESH_FAULT_KEYS } from '../../classify/kinds'
import { durationMs } from '../../experiment/schema-primitives'
import type { DocPath } from '../../model'
import { isRecord, listAt, type PlainRecord, quote } from '../../plain'
import type { FaultSite, IssueSink } from '../adopt'
import { GO_DURATION, readFaultSpec } from './chaos-mesh-fault'

const FLOW_TYPES = ['Serial', 'Parallel', 'Task', 'Suspend', 'Schedule', 'StatusCheck']

/** The fault sites of a workflow spec at `path`, and how long it can run at most. */
export interface WorkflowRead {
  readonly sites: readonly FaultSite[]
  readonly durationMs?: number
}

interface Template {
  readonly name: string
  readonly type: string
  readonly index: number
  readonly raw: PlainRecord
  readonly deadlineMs?: number
  readonly faultMs?: number
}

/** Reads `spec` (a Workflow's spec, or a Schedule's embedded workflow) written at `path`. */
export function readWorkflowSpec(
  spec: PlainRecord | undefined,
  path: DocPath,
  namespace: string | undefined,
  sink: IssueSink
): WorkflowRead | undefined {
  if (spec === undefined) {
    sink.add(path, 'chaos-mesh/spec', 'the Workflow has no spec')
    return undefined
  }
  const templates = new Map<string, Template>()
  const sites: FaultSite[] = []
  listAt(spec, ['templates']).forEach((raw, index) => {
    const template = readTemplate(raw, [...path, 'templates', index], index, namespace, sink, sites)
    if (!template) return
    if (templates.has(template.name))
      sink.add(
        [...path, 'templates', index, 'name'],
        'chaos-mesh/workflow',
        `template name ${quote(template.name)} is used twice`
      )
    templates.set(template.name, template)
  })
  const entry = spec.entry
  if (typeof entry !== 'string' || !templates.has(entry)) {
    sink.add(
      [...path, 'entry'],
      'chaos-mesh/workflow',
      `entry must name one of the templates; got ${quote(entry)}`,
      { expected: [...templates.keys()].join(', ') || 'a template' }
    )
    return undefined
  }
  checkChildren(templates, path, sink)
  const total = boundOf(entry, templates, new Set())
  return { sites, ...(total === undefined ? {} : { durationMs: total }) }
}

function readTemplate(
  raw: unknown,
  path: DocPath,
  index: number,
  namespace: string | undefined,
  sink: IssueSink,
  sites: FaultSite[]
): Template | undefined {
  if (!isRecord(raw) || typeof raw.name !== 'string' || typeof raw.templateType !== 'string') {
    sink.add(path, 'chaos-mesh/workflow', 'each template needs a name and a templateType')
    return undefined
  }
  const type = raw.templateType
  const deadline = raw.deadline
  let deadlineMs: number | undefined
  if (deadline !== undefined) {
    if (typeof deadline === 'string' && GO_DURATION.test(deadline))
      deadlineMs = durationMs(deadline)
    else
      sink.add(
        [...path, 'deadline'],
        'duration/invalid',
        `deadline must be a Go duration like '30s'; got ${quote(deadline)}`
      )
  }
  const key = CHAOS_MESH_FAULT_KEYS[type]
  if (key === undefined && !FLOW_TYPES.includes(type)) {
    sink.add(
      [...path, 'templateType'],
      'chaos-mesh/workflow',
      `unknown templateType ${quote(type)}`,
      { expected: [...FLOW_TYPES, ...Object.keys(CHAOS_MESH_FAULT_KEYS)].join(', ') }
    )
    return undefined
  }
  const base = {
    name: raw.name,
    type,
    index,
    raw,
    ...(deadlineMs === undefined ? {} : { deadlineMs })
  }
  if (key === undefined) return base
  const read = readFaultSpec(type, raw[key], [...path, key], namespace, sink)
  if (!read) return base
  const faultMs = read.oneShot
    ? 0
    : read.declaredDuration === undefined
      ? undefined
      : durationMs(read.declaredDuration)
  if (faultMs === undefined && deadlineMs === undefined) {
    sink.add(
      path,
      'duration/missing',
      `template ${quote(raw.name)} runs ${type} with neither a deadline nor a duration, so it would run until the workflow is deleted`,
      {
        hint: "Add deadline: '60s' to the template."
      }
    )
  }
  const bound = deadlineMs ?? faultMs
  sites.push({ ...read.site, ...(bound === undefined ? {} : { durationMs: bound }) })
  return { ...base, ...(faultMs === undefined ? {} : { faultMs }) }
}

function checkChildren(
  templates: ReadonlyMap<string, Template>,
  path: DocPath,
  sink: IssueSink
): void {
  for (const t of templates.values()) {
    listAt(t.raw, ['children']).forEach((child, i) => {
      if (typeof child !== 'string' || !templates.has(child)) {
        sink.add(
          [...path, 'templates', t.index, 'children', i],
          'chaos-mesh/workflow',
          `child ${quote(child)} is not a template of this workflow`
        )
      }
    })
  }
}

/** The longest a template can run, or undefined when nothing bounds it. */
function boundOf(
  name: string,
  templates: ReadonlyMap<string, Template>,
  visiting: Set<string>
): number | undefined {
  const t = templates.get(name)
  if (!t || visiting.has(name)) return undefined
  visiting.add(name)
  const children = listAt(t.raw, ['children']).filter((c): c is string => typeof c === 'string')
  const bounds = children.map((c) => boundOf(c, templates, visiting))
  visiting.delete(name)
  let inner: number | undefined = t.faultMs
  if (t.type === 'Serial' && bounds.every((b) => b !== undefined))
    inner = bounds.reduce((a, b) => a + (b ?? 0), 0)
  if (t.type === 'Parallel' && bounds.every((b) => b !== undefined))
    inner = Math.max(0, ...bounds.map((b) => b ?? 0))
  if (t.deadlineMs === undefined) return inner
  return inner === undefined ? t.deadlineMs : Math.min(t.deadlineMs, inner)
}
