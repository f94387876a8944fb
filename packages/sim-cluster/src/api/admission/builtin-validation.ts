import { type FieldError, goStringMap, invalid, required } from '../../core/field-errors'
import {
  arrayAt,
  deepEqual,
  isObject,
  type JsonObject,
  numberAt,
  objectAt,
  stringAt,
  stringMap
} from '../../core/json'
import { labelsOf } from '../../core/meta'
import { fromLabelSelectorObject, matchesLabels } from '../selectors/label-selector'
import type { AdmissionPlugin, AdmissionRequest } from './admission'

/**
 * Field validation of the built-in kinds (pkg/apis/core/validation, apps/validation) for the
 * rules clients actually trip over: containers and images present, a workload selector that
 * matches its template and never changes, non-negative replicas, and pod spec immutability.
 */
export const builtinValidation: AdmissionPlugin = {
  name: 'BuiltinValidation',
  validate(request: AdmissionRequest): FieldError[] {
    if (request.subresource === 'status') return []
    const { type, object, old } = request
    if (type.group === '' && type.plural === 'pods') {
      return request.operation === 'CREATE'
        ? podSpecErrors(objectAt(object, 'spec'), 'spec')
        : podUpdateErrors(objectAt(object, 'spec'), objectAt(old, 'spec'))
    }
    if (type.group === 'apps' && (type.plural === 'deployments' || type.plural === 'replicasets')) {
      return workloadErrors(object, old)
    }
    return []
  }
}

function podSpecErrors(spec: JsonObject | undefined, path: string): FieldError[] {
  const containers = arrayAt(spec, 'containers')
  if (containers.length === 0) return [required(`${path}.containers`)]
  const errors: FieldError[] = []
  containers.forEach((c, i) => {
    const container = isObject(c) ? c : {}
    if (!stringAt(container, 'name')) errors.push(required(`${path}.containers[${i}].name`))
    if (!stringAt(container, 'image')) errors.push(required(`${path}.containers[${i}].image`))
  })
  return errors
}

/** Only images, activeDeadlineSeconds and tolerations may change on a running pod. */
function podUpdateErrors(
  spec: JsonObject | undefined,
  oldSpec: JsonObject | undefined
): FieldError[] {
  // nodeName is set once, by the scheduler's binding (the pods/binding subresource on a real
  // server), so a first assignment is allowed here.
  const binding = !stringAt(oldSpec, 'nodeName')
  const strip = (s: JsonObject | undefined): JsonObject => {
    const copy: JsonObject = structuredClone(s ?? {})
    for (const key of ['activeDeadlineSeconds', 'tolerations', 'terminationGracePeriodSeconds']) {
      delete copy[key]
    }
    if (binding) delete copy['nodeName']
    for (const list of ['containers', 'initContainers']) {
      for (const c of arrayAt(copy, list)) if (isObject(c)) delete c['image']
    }
    return copy
  }
  if (deepEqual(strip(spec), strip(oldSpec))) return []
  return [
    {
      type: 'Forbidden',
      field: 'spec',
      detail:
        'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)'
    }
  ]
}

function workloadErrors(object: JsonObject, old: JsonObject | undefined): FieldError[] {
  const spec = objectAt(object, 'spec')
  const errors: FieldError[] = []
  const replicas = numberAt(spec, 'replicas')
  if (replicas !== undefined && replicas < 0) {
    errors.push(invalid('spec.replicas', replicas, 'must be greater than or equal to 0'))
  }
  const selector = objectAt(spec, 'selector')
  if (!selector) return [...errors, required('spec.selector')]
  const template = objectAt(spec, 'template')
  const templateLabels = template ? labelsOf(template) : {}
  const parsed = fromLabelSelectorObject(stringMap(selector['matchLabels']), expressions(selector))
  if (parsed.length === 0) {
    errors.push(invalid('spec.selector', null, 'empty selector is invalid for deployment'))
  } else if (!matchesLabels(parsed, templateLabels)) {
    errors.push({
      type: 'Invalid',
      field: 'spec.template.metadata.labels',
      display: goStringMap(templateLabels),
      detail: '`selector` does not match template `labels`'
    })
  }
  errors.push(...podSpecErrors(objectAt(template, 'spec'), 'spec.template.spec'))
  const oldSelector = objectAt(objectAt(old, 'spec'), 'selector')
  if (old && !deepEqual(oldSelector, selector)) {
    errors.push({
      type: 'Invalid',
      field: 'spec.selector',
      display: `v1.LabelSelector{MatchLabels:${goStringMap(stringMap(selector['matchLabels']))}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`,
      detail: 'field is immutable'
    })
  }
  return errors
}

function expressions(selector: JsonObject): { key: string; operator: string; values: string[] }[] {
  return arrayAt(selector, 'matchExpressions')
    .filter(isObject)
    .map((e) => ({
      key: stringAt(e, 'key') ?? '',
      operator: stringAt(e, 'operator') ?? '',
      values: arrayAt(e, 'values').filter((v): v is string => typeof v === 'string')
    }))
}
