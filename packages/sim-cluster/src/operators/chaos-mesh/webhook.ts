import type { AdmissionPlugin, AdmissionRequest } from '../../api/admission/admission'
import { ApiError } from '../../core/api-error'
import { deepEqual, ensureObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import { namespaceOf } from '../../core/meta'
import { parseGoDuration } from '../go-duration'
import { CHAOS_KINDS } from './kinds'

const KINDS: ReadonlySet<string> = new Set(CHAOS_KINDS)

function denied(kind: string, message: string): ApiError {
  return new ApiError(
    403,
    'Forbidden',
    `admission webhook "v${kind.toLowerCase()}.kb.io" denied the request: ${message}`
  )
}

/**
 * Chaos Mesh's admission webhooks for the chaos kinds: the mutating one (create and update)
 * defaults selector.namespaces to the object's namespace; the validating one refuses any spec change
 * ("Cannot update chaos spec") and an unparsable duration. Refusals are 403, as
 * controller-runtime's Denied() answers.
 */
export const chaosMeshWebhook: AdmissionPlugin = {
  name: 'ChaosMeshWebhook',
  mutate(request: AdmissionRequest): void {
    if (!applies(request)) return
    const selector = objectAt(objectAt(request.object, 'spec'), 'selector')
    if (!selector) return
    const namespaces = selector['namespaces']
    if (!Array.isArray(namespaces) || namespaces.length === 0) {
      ensureObject(ensureObject(request.object, 'spec'), 'selector')['namespaces'] = [
        namespaceOf(request.object)
      ]
    }
  },
  admit(request: AdmissionRequest): void {
    if (!applies(request)) return
    const kind = request.type.kind
    if (request.operation === 'UPDATE' && !deepEqual(spec(request.object), spec(request.old))) {
      throw denied(kind, 'Cannot update chaos spec')
    }
    const duration = stringAt(spec(request.object), 'duration')
    if (duration !== undefined && parseGoDuration(duration) === undefined) {
      throw denied(
        kind,
        `spec.duration: Invalid value: ${JSON.stringify(duration)}: time: invalid duration ${JSON.stringify(duration)}`
      )
    }
  }
}

function applies(request: AdmissionRequest): boolean {
  return (
    request.type.group === 'chaos-mesh.org' &&
    KINDS.has(request.type.kind) &&
    request.subresource === undefined
  )
}

function spec(obj: JsonObject | undefined): JsonObject | undefined {
  return objectAt(obj, 'spec')
}
