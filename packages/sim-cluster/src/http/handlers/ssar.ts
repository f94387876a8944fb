import type { AccessAttributes, Authorizer, SimUser } from '../../auth/authorizer'
import { invalidObject } from '../../core/api-error'
import { isObject, type JsonObject, type JsonValue, objectAt, stringAt } from '../../core/json'

/**
 * POST selfsubjectaccessreviews: answers "may I?" for the calling user from the same rules the
 * server enforces, so a preflight check and the real request never disagree.
 */
export function selfSubjectAccessReview(
  authorizer: Authorizer,
  user: SimUser,
  body: JsonValue
): JsonObject {
  const spec = isObject(body) ? objectAt(body, 'spec') : undefined
  const resource = objectAt(spec, 'resourceAttributes')
  const nonResource = objectAt(spec, 'nonResourceAttributes')
  if ((resource === undefined) === (nonResource === undefined)) {
    throw invalidObject(
      { kind: 'SelfSubjectAccessReview', group: 'authorization.k8s.io', name: '' },
      [
        {
          type: 'Invalid',
          field: 'spec.resourceAttributes',
          display: 'nil',
          detail: 'exactly one of nonResourceAttributes or resourceAttributes must be specified'
        }
      ]
    )
  }
  const allowed = resource ? authorizer.allowed(user, attributes(resource)) : true
  const status: JsonObject = { allowed }
  if (allowed) status['reason'] = 'allowed by the simulated cluster rules'
  return {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec: spec ?? {},
    status
  }
}

function attributes(resource: JsonObject): AccessAttributes {
  const opt = (key: string): string | undefined => stringAt(resource, key) || undefined
  const namespace = opt('namespace')
  const name = opt('name')
  const subresource = opt('subresource')
  return {
    verb: stringAt(resource, 'verb') ?? '',
    group: stringAt(resource, 'group') ?? '',
    resource: stringAt(resource, 'resource') ?? '',
    ...(namespace ? { namespace } : {}),
    ...(name ? { name } : {}),
    ...(subresource ? { subresource } : {})
  }
}
