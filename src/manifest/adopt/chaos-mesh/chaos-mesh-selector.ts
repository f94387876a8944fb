/**
 * Chaos Mesh target selection: `selector` and `mode`/`value` read into a TargetDeclaration.
 * Checks follow the CRDs and the webhook: `value` is a string, required for fixed (an integer
 * above 0) and for fixed-percent / random-max-percent (a number in (0, 100]).
 */
import type { DocPath, TargetDeclaration, TargetMode, TargetResource } from '../../model'
import { isRecord, type PlainRecord, quote } from '../../plain'
import type { IssueSink } from '../adopt'
import { formatLabelSelector, isLabelKey, type LabelExpression } from '../label-selector'

const MODES = ['one', 'all', 'fixed', 'fixed-percent', 'random-max-percent']
const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist']

/** Reads `spec.mode` and `spec.value` of a fault spec at `path`. */
export function readMode(
  spec: PlainRecord,
  path: DocPath,
  sink: IssueSink
): TargetMode | undefined {
  const { mode, value } = spec
  if (mode === undefined) {
    sink.add([...path], 'chaos-mesh/mode', 'mode is required', { expected: MODES.join(', ') })
    return undefined
  }
  if (typeof mode !== 'string' || !MODES.includes(mode)) {
    sink.add(
      [...path, 'mode'],
      'chaos-mesh/mode',
      `mode must be one of ${MODES.join(', ')}; got ${quote(mode)}`
    )
    return undefined
  }
  if (mode === 'one') return { kind: 'count', count: 1 }
  if (mode === 'all') return { kind: 'all' }
  if (value === undefined || value === '') {
    sink.add([...path, 'mode'], 'chaos-mesh/value', `mode ${mode} needs a value`, {
      expected: mode === 'fixed' ? "value: '2' (how many targets)" : "value: '30' (a percentage)"
    })
    return undefined
  }
  if (typeof value !== 'string') {
    sink.add(
      [...path, 'value'],
      'chaos-mesh/value',
      `value must be a string (the CRD types it so); got ${quote(value)}`,
      {
        hint: `Quote it: value: '${JSON.stringify(value)}'.`
      }
    )
    return undefined
  }
  const n = Number(value)
  if (mode === 'fixed') {
    if (Number.isInteger(n) && n > 0) return { kind: 'count', count: n }
    sink.add(
      [...path, 'value'],
      'chaos-mesh/value',
      `value for mode fixed must be a whole number above 0; got ${quote(value)}`
    )
    return undefined
  }
  if (value.trim() !== '' && Number.isFinite(n) && n > 0 && n <= 100) {
    return mode === 'fixed-percent'
      ? { kind: 'percent', percent: n }
      : { kind: 'max-percent', percent: n }
  }
  sink.add(
    [...path, 'value'],
    'chaos-mesh/value',
    `value for mode ${mode} must be a percentage above 0 and at most 100; got ${quote(value)}`
  )
  return undefined
}

/** Reads the `selector` at `path` (relative to the object) into a declaration of targets. */
export function readSelector(
  selector: unknown,
  path: DocPath,
  namespace: string | undefined,
  mode: TargetMode,
  resource: TargetResource,
  sink: IssueSink
): TargetDeclaration | undefined {
  if (!isRecord(selector)) {
    sink.add(path, 'chaos-mesh/selector', 'selector is required and must be a mapping', {
      expected: 'selector: {namespaces: [...], labelSelectors: {app: name}}'
    })
    return undefined
  }
  const labels = stringMap(selector.labelSelectors, [...path, 'labelSelectors'], sink, true)
  const fields = stringMap(selector.fieldSelectors, [...path, 'fieldSelectors'], sink, false)
  const expressions = readExpressions(
    selector.expressionSelectors,
    [...path, 'expressionSelectors'],
    sink
  )
  const pods = podsByNamespace(selector.pods, [...path, 'pods'], sink)
  const listed = stringList(selector.namespaces, [...path, 'namespaces'], sink)
  const namespaces =
    listed.length > 0
      ? listed
      : pods.size > 0
        ? [...pods.keys()]
        : namespace === undefined
          ? []
          : [namespace]
  const labelSelector = formatLabelSelector(labels, expressions)
  const fieldSelector = Object.entries(fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')
  const podNames = [...pods.values()].flat()
  return {
    resource,
    namespaces,
    mode,
    location: sink.at(path),
    ...(labelSelector === '' ? {} : { labelSelector }),
    ...(fieldSelector === '' ? {} : { fieldSelector }),
    ...(podNames.length === 0 ? {} : { podNames })
  }
}

function stringMap(
  value: unknown,
  path: DocPath,
  sink: IssueSink,
  labelKeys: boolean
): Record<string, string> {
  if (value === undefined) return {}
  if (!isRecord(value)) {
    sink.add(path, 'chaos-mesh/selector', `${String(path.at(-1))} must be a mapping of strings`)
    return {}
  }
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string')
      sink.add([...path, k], 'chaos-mesh/selector', `${k} must be a string; got ${quote(v)}`, {
        hint: `Quote it: '${String(v)}'.`
      })
    else if (labelKeys && !isLabelKey(k))
      sink.add([...path, k], 'chaos-mesh/selector', `'${k}' is not a valid label key`)
    else out[k] = v
  }
  return out
}

function stringList(value: unknown, path: DocPath, sink: IssueSink): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    sink.add(path, 'chaos-mesh/selector', `${String(path.at(-1))} must be a list of names`)
    return []
  }
  return value.filter((v): v is string => typeof v === 'string')
}

function readExpressions(value: unknown, path: DocPath, sink: IssueSink): LabelExpression[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    sink.add(path, 'chaos-mesh/selector', 'expressionSelectors must be a list')
    return []
  }
  const out: LabelExpression[] = []
  value.forEach((e, i) => {
    const key = isRecord(e) ? e.key : undefined
    const operator = isRecord(e) ? e.operator : undefined
    const values = isRecord(e) && Array.isArray(e.values) ? e.values.map(String) : []
    if (typeof key !== 'string' || typeof operator !== 'string' || !OPERATORS.includes(operator)) {
      sink.add(
        [...path, i],
        'chaos-mesh/selector',
        `expressionSelectors[${i}] needs a key and an operator (${OPERATORS.join(', ')})`
      )
      return
    }
    out.push({ key, operator, values })
  })
  return out
}

function podsByNamespace(value: unknown, path: DocPath, sink: IssueSink): Map<string, string[]> {
  const pods = new Map<string, string[]>()
  if (value === undefined) return pods
  if (!isRecord(value)) {
    sink.add(path, 'chaos-mesh/selector', 'pods must map namespaces to lists of pod names')
    return pods
  }
  for (const [ns, names] of Object.entries(value)) {
    if (Array.isArray(names) && names.every((n) => typeof n === 'string'))
      pods.set(ns, names.map(String))
    else sink.add([...path, ns], 'chaos-mesh/selector', `pods.${ns} must be a list of pod names`)
  }
  return pods
}
