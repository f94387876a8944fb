import { type FieldError, invalid, required } from '../core/field-errors'
import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from '../core/json'
import {
  annotationErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  labelErrors
} from '../core/names'
import { type ResourceType, versionInfo } from '../resources/resource-type'
import { validateValue } from '../schema/validate'

/** Namespaces are DNS labels; (almost) everything else is a DNS subdomain. */
function nameRule(type: ResourceType): (value: string) => string[] {
  return type.group === '' && (type.plural === 'namespaces' || type.plural === 'services')
    ? dns1123LabelErrors
    : dns1123SubdomainErrors
}

/** ValidateObjectMeta: name and generateName format, labels, annotations, finalizers, owners. */
export function objectMetaErrors(type: ResourceType, obj: JsonObject): FieldError[] {
  const meta = objectAt(obj, 'metadata') ?? {}
  const errors: FieldError[] = []
  const name = stringAt(meta, 'name') ?? ''
  if (name === '') errors.push(required('metadata.name', 'name or generateName is required'))
  else for (const e of nameRule(type)(name)) errors.push(invalid('metadata.name', name, e))
  errors.push(...labelErrors(meta['labels'], 'metadata.labels'))
  errors.push(...annotationErrors(meta['annotations'], 'metadata.annotations'))
  arrayAt(meta, 'finalizers').forEach((f, i) => {
    if (
      typeof f !== 'string' ||
      !/^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(f)
    ) {
      errors.push(
        invalid(
          `metadata.finalizers[${i}]`,
          f,
          "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
        )
      )
    }
  })
  arrayAt(meta, 'ownerReferences').forEach((ref, i) => {
    const owner = isObject(ref) ? ref : {}
    for (const key of ['apiVersion', 'kind', 'name', 'uid']) {
      if (!stringAt(owner, key)) {
        errors.push(
          invalid(`metadata.ownerReferences[${i}].${key}`, '', `${key} must not be empty`)
        )
      }
    }
  })
  return errors
}

/** The CRD's openAPIV3Schema for the request version, applied to the whole object. */
export function schemaErrors(type: ResourceType, version: string, obj: JsonObject): FieldError[] {
  if (!type.custom) return []
  const schema = versionInfo(type, version)?.schema
  return schema ? validateValue(obj, schema) : []
}
