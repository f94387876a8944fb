/**
 * Whether a fault may target a namespace. Blocked wins over a glob in allowedNamespaces, so
 * `allowedNamespaces: ['*']` cannot open kube-system; only the exact name lifts a block.
 */
import type { SourceLocation } from '../util/errors'
import { allow, deny, type Finding } from './finding'
import { firstMatch } from './name-pattern'
import type { Policy } from './policy'

/** The decision for one target namespace. */
export function checkNamespace(ns: string, location: SourceLocation, policy: Policy): Finding {
  const exactlyAllowed = policy.allowedNamespaces.includes(ns)
  const blocked = firstMatch(ns, policy.blockedNamespaces)
  if (blocked !== undefined && !exactlyAllowed) {
    return deny(
      'namespace',
      `namespace '${ns}' is blocked by the policy (blockedNamespaces: '${blocked}', ${policy.origin('blockedNamespaces')})`,
      location,
      `Target a test namespace. If '${ns}' really is safe to break, list it by name in allowedNamespaces of the policy.`
    )
  }
  if (
    policy.allowedNamespaces.length > 0 &&
    !exactlyAllowed &&
    firstMatch(ns, policy.allowedNamespaces) === undefined
  ) {
    return deny(
      'namespace',
      `namespace '${ns}' is not in the policy's allowedNamespaces (${policy.allowedNamespaces.join(', ')}, ${policy.origin('allowedNamespaces')})`,
      location,
      'Target one of the allowed namespaces, or add this one to allowedNamespaces.'
    )
  }
  return allow('namespace', `namespace ${ns} allowed`, location)
}
