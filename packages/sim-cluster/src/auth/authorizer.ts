import { type ApiError, forbiddenError } from '../core/api-error'

/** An RBAC-like rule: what a user may do. `*` matches anything in a list. */
export interface AccessRule {
  readonly verbs: readonly string[]
  readonly apiGroups: readonly string[]
  /** Resource plurals, optionally with a subresource (`pods/status`). */
  readonly resources: readonly string[]
  /** Restrict to these namespaces (omit for every namespace and cluster scope). */
  readonly namespaces?: readonly string[]
  readonly resourceNames?: readonly string[]
}

/** A user of the simulated cluster: the bearer token it presents and what it may do. */
export interface SimUser {
  readonly token: string
  readonly name: string
  readonly groups?: readonly string[]
  readonly rules: readonly AccessRule[] | 'allow-all'
}

/** authorizer.Attributes for one request. */
export interface AccessAttributes {
  readonly verb: string
  readonly group: string
  readonly resource: string
  readonly subresource?: string
  readonly namespace?: string
  readonly name?: string
}

/** The default identity: a CI runner's ServiceAccount, allowed everything. */
export const DEFAULT_USER: SimUser = {
  token: 'sim-token',
  name: 'system:serviceaccount:ci:runner',
  groups: ['system:serviceaccounts', 'system:serviceaccounts:ci', 'system:authenticated'],
  rules: 'allow-all'
}

/**
 * The identity of the simulated chaos operators. They reach the API server through its
 * in-cluster door, as a real operator reaches the kube-apiserver from inside the cluster, so
 * the fault hooks and the request log (which stand for what a client outside sees) leave them out.
 */
export const OPERATOR_USER: SimUser = {
  token: 'sim-operators-token',
  name: 'system:serviceaccount:chaos-system:sim-operators',
  groups: ['system:serviceaccounts', 'system:serviceaccounts:chaos-system', 'system:authenticated'],
  rules: 'allow-all'
}

/**
 * Bearer-token authentication and rule-based authorization with the RBAC authorizer's denial
 * text, switchable at run time (`setRules`) so a test can take a permission away mid-run.
 */
export class Authorizer {
  private readonly users = new Map<string, SimUser>()

  constructor(users: readonly SimUser[]) {
    for (const user of users) this.users.set(user.token, user)
  }

  authenticate(authorization: string | undefined): SimUser | undefined {
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '')
    return match ? this.users.get((match[1] ?? '').trim()) : undefined
  }

  /** Replaces the rules of one user (by name; the first user when omitted). */
  setRules(rules: readonly AccessRule[] | 'allow-all', userName?: string): void {
    const user = [...this.users.values()].find((u) => userName === undefined || u.name === userName)
    if (!user) throw new Error(`no simulated user named ${userName ?? '(default)'}`)
    this.users.set(user.token, { ...user, rules })
  }

  firstUser(): SimUser {
    const user = this.users.values().next().value
    if (!user) throw new Error('the simulated cluster has no users')
    return user
  }

  allowed(user: SimUser, attrs: AccessAttributes): boolean {
    if (user.rules === 'allow-all') return true
    return user.rules.some((rule) => ruleAllows(rule, attrs))
  }

  /** The 403 the RBAC authorizer sends for a denied request. */
  forbidden(user: SimUser, attrs: AccessAttributes): ApiError {
    const resource = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource
    const scope = attrs.namespace ? `in the namespace "${attrs.namespace}"` : 'at the cluster scope'
    const why = `User "${user.name}" cannot ${attrs.verb} resource "${resource}" in API group "${attrs.group}" ${scope}`
    return forbiddenError(
      {
        kind: attrs.resource,
        group: attrs.group,
        ...(attrs.name ? { name: attrs.name } : {})
      },
      why
    )
  }
}

function matchesAny(values: readonly string[] | undefined, value: string): boolean {
  return values === undefined || values.includes('*') || values.includes(value)
}

function ruleAllows(rule: AccessRule, attrs: AccessAttributes): boolean {
  const resource = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource
  if (!matchesAny(rule.verbs, attrs.verb)) return false
  if (!matchesAny(rule.apiGroups, attrs.group)) return false
  if (!matchesAny(rule.resources, resource)) return false
  if (rule.namespaces && !(attrs.namespace && matchesAny(rule.namespaces, attrs.namespace))) {
    return false
  }
  if (rule.resourceNames && rule.resourceNames.length > 0) {
    return attrs.name !== undefined && matchesAny(rule.resourceNames, attrs.name)
  }
  return true
}
