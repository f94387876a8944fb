/**
 * VirtualService preflight: Istio serves the kind, the runner may read, create, patch, watch and
 * delete VirtualServices in the namespace, and the API server accepts a dry run of the very write
 * the fault will be (a create, or the patch of the existing VirtualService).
 */
import type { Experiment, KubeObject } from '../../../manifest/model'
import type { Issue } from '../../../util/errors'
import type { PreflightReport, RunContext } from '../../backend'
import { splitApiVersion } from '../../kube/discovery'
import { invalidIssues } from '../../kube/errors'
import { KubeApiError, type KubeCluster, type KubeObjects, type Patch } from '../../kube/port'
import { checkAccess, checkServed, dryRunCreate, kindKey, needs } from '../../kube/preflight'
import { carries } from '../../kube/submit'
import { ORIGINAL_ANNOTATION } from './snapshot'
import {
  applyPatch,
  getVs,
  operation,
  refOf,
  VIRTUAL_SERVICE,
  virtualServiceOf
} from './virtual-service'

const ISTIO = {
  product: 'Istio',
  install:
    'Install Istio (istiod and its CRDs) in the cluster, and inject its sidecars into the workloads the VirtualService routes to; chaos-gate never installs it.'
}

export async function preflightVs(
  exp: Experiment,
  ctx: RunContext,
  deps: {
    readonly kube: KubeObjects
    readonly cluster: KubeCluster
    readonly defaultNamespace: string
  }
): Promise<PreflightReport> {
  const vs = virtualServiceOf(exp, deps.defaultNamespace)
  const op = { backend: 'kubernetes' }
  const served = await checkServed(
    deps.cluster,
    [{ apiVersion: vs.apiVersion, kind: VIRTUAL_SERVICE }],
    ISTIO,
    exp.source,
    op
  )
  const resource = served.resources.get(kindKey(vs.apiVersion, VIRTUAL_SERVICE))
  if (!resource) return { warnings: [], issues: served.issues }
  const namespace = vs.metadata.namespace
  const verbs = ['get', 'list', 'watch', 'create', 'patch', 'delete']
  const denied = await checkAccess(deps.cluster, needs(resource, verbs, namespace), exp.source, op)
  if (denied.length > 0) return { warnings: [], issues: denied }
  const existing = await getVs(deps.kube, refOf(vs))
  const warnings =
    existing && !carries(existing, ctx.labels)
      ? [
          `VirtualService ${namespace ?? ''}/${vs.metadata.name ?? ''} exists: the fault replaces its spec for the duration, and its original labels, annotations and spec are restored afterwards (saved in ${ORIGINAL_ANNOTATION})`
        ]
      : []
  const rejected = existing
    ? await dryRunPatch(deps.kube, exp, vs, applyPatch(existing, vs, ctx))
    : await dryRunCreate(deps.kube, vs, exp.locate, operation('create', vs))
  return { warnings, issues: rejected }
}

/** A dry run of the very patch that applies the fault. */
async function dryRunPatch(
  kube: KubeObjects,
  exp: Experiment,
  vs: KubeObject,
  patch: Patch
): Promise<Issue[]> {
  try {
    await kube.patch(refOf(vs), patch, { dryRun: true })
    return []
  } catch (err) {
    if (err instanceof KubeApiError && err.status === 422)
      return invalidIssues(err, exp.locate, `VirtualService ${vs.metadata.name ?? ''}`)
    const message = err instanceof Error ? err.message : String(err)
    return [
      {
        ...exp.source,
        severity: 'error',
        code: 'kube/dry-run',
        message: `the API server refused a dry-run patch of VirtualService ${vs.metadata.name ?? ''} (${splitApiVersion(vs.apiVersion).group}): ${message}`
      }
    ]
  }
}
