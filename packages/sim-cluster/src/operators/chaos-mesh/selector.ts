import { matchesFields } from '../../api/selectors/field-selector'
import { fromLabelSelectorObject, matchesLabels } from '../../api/selectors/label-selector'
import { arrayAt, isObject, type JsonObject, objectAt, stringAt, stringMap } from '../../core/json'
import { annotationsOf, isDeleting, labelsOf, nameOf } from '../../core/meta'
import type { OperatorClient } from '../runtime/operator-client'

/** The targets a selector resolved to, or why none could be selected. */
export type Selection = { readonly pods: JsonObject[] } | { readonly error: string }

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/**
 * Chaos Mesh's pod selector (pkg/selector/pod): `pods` (namespace → names) wins outright;
 * otherwise namespaces, label/expression/annotation/field selectors, pod phases, nodes and
 * node selectors all narrow the live pods. Terminating pods are never selected.
 */
export function selectPods(
  client: OperatorClient,
  selector: JsonObject | undefined,
  fallbackNamespace: string
): JsonObject[] {
  const byName = objectAt(selector, 'pods')
  if (byName && Object.keys(byName).length > 0) {
    return Object.entries(byName).flatMap(([namespace, names]) =>
      strings(names)
        .map((name) => client.get({ apiVersion: 'v1', kind: 'Pod', namespace, name }))
        .filter((pod): pod is JsonObject => pod !== undefined && !isDeleting(pod))
    )
  }
  const namespaces = strings(selector?.['namespaces'])
  const labels = fromLabelSelectorObject(
    stringMap(selector?.['labelSelectors']),
    expressions(selector)
  )
  const annotations = stringMap(selector?.['annotationSelectors'])
  const fields = Object.entries(stringMap(selector?.['fieldSelectors'])).map(([field, value]) => ({
    field,
    negate: false,
    value
  }))
  const phases = strings(selector?.['podPhaseSelectors'])
  const nodes = strings(selector?.['nodes'])
  const nodeLabels = stringMap(selector?.['nodeSelectors'])
  const nodeNames =
    Object.keys(nodeLabels).length > 0 ? matchingNodes(client, nodeLabels) : undefined
  return (namespaces.length > 0 ? namespaces : [fallbackNamespace])
    .flatMap((ns) => client.list('v1', 'Pod', ns))
    .filter((pod) => !isDeleting(pod))
    .filter((pod) => matchesLabels(labels, labelsOf(pod)))
    .filter((pod) => Object.entries(annotations).every(([k, v]) => annotationsOf(pod)[k] === v))
    .filter((pod) => matchesFields(fields, pod))
    .filter(
      (pod) =>
        phases.length === 0 || phases.includes(stringAt(objectAt(pod, 'status'), 'phase') ?? '')
    )
    .filter((pod) => nodes.length === 0 || nodes.includes(nodeOf(pod)))
    .filter((pod) => nodeNames === undefined || nodeNames.includes(nodeOf(pod)))
}

function nodeOf(pod: JsonObject): string {
  return stringAt(objectAt(pod, 'spec'), 'nodeName') ?? ''
}

function matchingNodes(client: OperatorClient, labels: Record<string, string>): string[] {
  return client
    .list('v1', 'Node')
    .filter((node) => Object.entries(labels).every(([k, v]) => labelsOf(node)[k] === v))
    .map(nameOf)
}

function expressions(
  selector: JsonObject | undefined
): { key: string; operator: string; values: string[] }[] {
  return arrayAt(selector, 'expressionSelectors')
    .filter(isObject)
    .map((e) => ({
      key: stringAt(e, 'key') ?? '',
      operator: stringAt(e, 'operator') ?? '',
      values: strings(e['values'])
    }))
}

/**
 * mode/value (pkg/selector/generic/mode): one, all, fixed N, fixed-percent P and
 * random-max-percent P over the candidates, chosen at random.
 */
export function applyMode(
  candidates: JsonObject[],
  mode: string,
  value: string | undefined
): Selection {
  const shuffled = [...candidates].sort(() => Math.random() - 0.5)
  const number = Number(value)
  const needsValue = mode === 'fixed' || mode === 'fixed-percent' || mode === 'random-max-percent'
  if (needsValue && (value === undefined || value === '' || !Number.isFinite(number))) {
    return { error: `invalid value "${value ?? ''}" for mode ${mode}` }
  }
  switch (mode) {
    case 'one':
      return { pods: shuffled.slice(0, 1) }
    case 'all':
      return { pods: shuffled }
    case 'fixed':
      return { pods: shuffled.slice(0, number) }
    case 'fixed-percent':
      return { pods: shuffled.slice(0, Math.floor((candidates.length * number) / 100)) }
    case 'random-max-percent': {
      const percent = Math.floor(Math.random() * (number + 1))
      return { pods: shuffled.slice(0, Math.floor((candidates.length * percent) / 100)) }
    }
    default:
      return { error: `mode ${mode} not supported` }
  }
}
