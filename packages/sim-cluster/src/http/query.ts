import type {
  DeleteOptions,
  FieldValidation,
  ListQuery,
  PropagationPolicy,
  WriteOptions
} from '../api/request-options'
import { badRequest } from '../core/api-error'
import { isObject, type JsonValue, numberAt, objectAt, stringAt } from '../core/json'

/** dryRun=All, the only value the server accepts. */
function dryRun(query: URLSearchParams): boolean {
  const values = query.getAll('dryRun')
  for (const value of values) {
    if (value !== 'All') {
      throw badRequest(`Invalid dryRun value: ${JSON.stringify(value)}: supported values: "All"`)
    }
  }
  return values.length > 0
}

function fieldValidation(query: URLSearchParams): FieldValidation {
  const value = query.get('fieldValidation')
  if (value === null || value === '') return 'Warn'
  if (value === 'Strict' || value === 'Warn' || value === 'Ignore') return value
  throw badRequest(
    `fieldValidation must be one of Ignore, Warn, or Strict, got ${JSON.stringify(value)}`
  )
}

export function writeOptions(query: URLSearchParams, subresource?: 'status'): WriteOptions {
  const fieldManager = query.get('fieldManager')
  return {
    dryRun: dryRun(query),
    fieldValidation: fieldValidation(query),
    ...(fieldManager ? { fieldManager } : {}),
    ...(subresource ? { subresource } : {})
  }
}

export function listQuery(query: URLSearchParams): ListQuery {
  const limit = query.get('limit')
  const labelSelector = query.get('labelSelector')
  const fieldSelector = query.get('fieldSelector')
  const cont = query.get('continue')
  return {
    ...(labelSelector ? { labelSelector } : {}),
    ...(fieldSelector ? { fieldSelector } : {}),
    ...(limit ? { limit: Number(limit) } : {}),
    ...(cont ? { continue: cont } : {})
  }
}

function propagation(value: string | undefined): PropagationPolicy | undefined {
  if (value === undefined || value === '') return undefined
  if (value === 'Orphan' || value === 'Background' || value === 'Foreground') return value
  throw badRequest(
    `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: ${JSON.stringify(value)}: supported values: "Foreground", "Background", "Orphan"`
  )
}

/** DeleteOptions from the body (if any) overlaid with query parameters. */
export function deleteOptions(query: URLSearchParams, body: JsonValue | undefined): DeleteOptions {
  const fromBody = isObject(body) ? body : {}
  const pre = objectAt(fromBody, 'preconditions')
  const graceQuery = query.get('gracePeriodSeconds')
  const grace = graceQuery !== null ? Number(graceQuery) : numberAt(fromBody, 'gracePeriodSeconds')
  const orphan = fromBody['orphanDependents'] === true || query.get('orphanDependents') === 'true'
  const policy =
    propagation(query.get('propagationPolicy') ?? stringAt(fromBody, 'propagationPolicy')) ??
    (orphan ? 'Orphan' : undefined)
  const bodyDryRun = Array.isArray(fromBody['dryRun']) && fromBody['dryRun'].includes('All')
  const uid = stringAt(pre, 'uid')
  const resourceVersion = stringAt(pre, 'resourceVersion')
  return {
    dryRun: dryRun(query) || bodyDryRun,
    ...(grace !== undefined && !Number.isNaN(grace) ? { gracePeriodSeconds: grace } : {}),
    ...(policy ? { propagationPolicy: policy } : {}),
    ...(uid || resourceVersion
      ? {
          preconditions: {
            ...(uid ? { uid } : {}),
            ...(resourceVersion ? { resourceVersion } : {})
          }
        }
      : {})
  }
}
