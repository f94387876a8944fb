/**
 * Live checks every Kubernetes backend runs before injecting anything (docs/engine.md, "Lifecycle of one experiment"): discovery
 * shows the backend's kinds, SelfSubjectAccessReview allows every verb the run needs, and the API
 * server accepts a dry run of every object. Each returns issues, never throws for a "no", so all
 * problems are reported at once; only an API server that cannot answer at all throws.
 */
import type { Locate } from '../../manifest/model'
import type { KubeObject } from '../../manifest/model'
import type { Issue, SourceLocation } from '../../util/errors'
import { splitApiVersion } from './discovery'
import {
  describeTarget,
  invalidIssues,
  isAlreadyExists,
  isTransient,
  kubeFailure,
  type KubeOperation,
  qualifiedResource,
  rbacHint
} from './errors'
import type { ApiResource, KubeCluster, KubeObjects } from './port'
import { KubeApiError } from './port'

/** A kind a backend needs the cluster to serve. */
export interface RequiredKind {
  readonly apiVersion: string
  readonly kind: string
}

/** How to name and install the product that serves the kinds, for the message when it is missing. */
export interface Installation {
  /** `LitmusChaos`, `Chaos Mesh`. */
  readonly product: string
  /** One sentence: how to install it. */
  readonly install: string
}

/** The resources discovery found, keyed `apiVersion/kind`, and issues for those it did not. */
export interface Served {
  readonly resources: ReadonlyMap<string, ApiResource>
  readonly issues: readonly Issue[]
}

/** Pods, which every backend lists to count targets. */
export const PODS: ApiResource = {
  group: '',
  version: 'v1',
  kind: 'Pod',
  resource: 'pods',
  namespaced: true,
  verbs: []
}

export const kindKey = (apiVersion: string, kind: string): string => `${apiVersion}/${kind}`

/** Checks discovery serves every kind; one issue per missing group/version or kind. */
export async function checkServed(
  cluster: KubeCluster,
  kinds: readonly RequiredKind[],
  installation: Installation,
  where: SourceLocation,
  op: Pick<KubeOperation, 'backend'>
): Promise<Served> {
  const resources = new Map<string, ApiResource>()
  const issues: Issue[] = []
  for (const apiVersion of new Set(kinds.map((k) => k.apiVersion))) {
    const wanted = kinds.filter((k) => k.apiVersion === apiVersion).map((k) => k.kind)
    const { group, version } = splitApiVersion(apiVersion)
    const served = await cluster.resources(group, version).catch((err: unknown) => {
      throw kubeFailure(err, { ...op, verb: 'discover', kind: apiVersion, resource: '', group })
    })
    const missing = wanted.filter((kind) => !served?.some((r) => r.kind === kind))
    for (const r of served ?? [])
      if (wanted.includes(r.kind)) resources.set(kindKey(apiVersion, r.kind), r)
    if (missing.length === 0) continue
    issues.push({
      ...where,
      severity: 'error',
      code: 'kube/not-installed',
      message: served
        ? `the cluster serves ${apiVersion} but not ${missing.join(', ')}: the ${installation.product} CustomResourceDefinitions are missing or too old`
        : `${installation.product} is not installed in this cluster: the API server does not serve ${apiVersion} (${missing.join(', ')})`,
      hint: installation.install
    })
  }
  return { resources, issues }
}

/** One permission the run needs. */
export interface AccessNeed {
  readonly verb: string
  readonly resource: ApiResource
  readonly namespace?: string
}

/** The needs for several verbs on one resource. */
export function needs(
  resource: ApiResource,
  verbs: readonly string[],
  namespace?: string
): AccessNeed[] {
  return verbs.map((verb) => ({ verb, resource, ...(namespace ? { namespace } : {}) }))
}

/**
 * Asks SelfSubjectAccessReview about every need at once and reports all denials, one issue per
 * resource and namespace listing every verb that is missing.
 */
export async function checkAccess(
  cluster: KubeCluster,
  wanted: readonly AccessNeed[],
  where: SourceLocation,
  op: Pick<KubeOperation, 'backend'>
): Promise<Issue[]> {
  const answers = await Promise.all(
    wanted.map(async (need) => {
      const { group, resource } = need.resource
      const question = {
        verb: need.verb,
        group,
        resource,
        ...(need.namespace ? { namespace: need.namespace } : {})
      }
      const answer = await cluster.canI(question).catch((err: unknown) => {
        throw kubeFailure(err, {
          ...op,
          verb: 'review access to',
          kind: 'SelfSubjectAccessReview',
          resource: 'selfsubjectaccessreviews',
          group: 'authorization.k8s.io'
        })
      })
      return { need, answer }
    })
  )
  const denied = new Map<string, { need: AccessNeed; verbs: string[] }>()
  for (const { need, answer } of answers) {
    if (answer.allowed) continue
    const key = `${need.resource.group}/${need.resource.resource}@${need.namespace ?? ''}`
    const entry = denied.get(key) ?? { need, verbs: [] }
    entry.verbs.push(need.verb)
    denied.set(key, entry)
  }
  return [...denied.values()].map(({ need, verbs }) => {
    const { resource, group } = need.resource
    const scope = need.namespace ? ` in namespace ${need.namespace}` : ' cluster-wide'
    return {
      ...where,
      severity: 'error',
      code: 'kube/forbidden',
      message: `the runner may not ${verbs.map((v) => `'${v}'`).join(', ')} ${qualifiedResource(resource, group)}${scope}`,
      expected: `a Role (or ClusterRole) bound to the runner granting ${verbs.join(', ')} on ${qualifiedResource(resource, group)}${scope}`,
      hint: `Grant it, for example: kubectl create role chaos-gate --verb=${verbs.join(',')} --resource=${qualifiedResource(resource, group)}${need.namespace ? ` -n ${need.namespace}` : ''}, then bind it to the runner's ServiceAccount.`
    }
  })
}

/**
 * Server-side dry run (`dryRun=All`) of a create: schema validation and admission without
 * persisting anything. A 422 becomes one issue per rejected field at its manifest line.
 */
export async function dryRunCreate(
  kube: KubeObjects,
  object: KubeObject,
  locate: Locate,
  op: KubeOperation
): Promise<Issue[]> {
  try {
    await kube.create(object, { dryRun: true })
    return []
  } catch (err) {
    // Only this run's deterministic name can already exist; submit adopts it or says whose it is.
    if (isAlreadyExists(err)) return []
    if (!(err instanceof KubeApiError) || isTransient(err)) throw kubeFailure(err, op)
    const what = describeTarget(op)
    if (err.status === 422) return invalidIssues(err, locate, what)
    const message =
      err.status === 403
        ? `the API server refused a dry run of ${what}: ${rbacHint('create', op.resource, op.group, op.namespace)}`
        : `the API server refused a dry run of ${what}: ${err.status} ${err.reason}: ${err.message}`
    return [{ ...locate([]), severity: 'error', code: 'kube/dry-run', message }]
  }
}
