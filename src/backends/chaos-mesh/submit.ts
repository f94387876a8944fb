/**
 * The object the gate creates for an experiment, exactly as preflight dry-runs it and submit
 * creates it: the manifest's kind and spec under the deterministic name `gate-<run>-<experiment>`,
 * with the run's labels added to the manifest's own, and the handle that finds it again.
 */
import type { Experiment, KubeObject } from '../../manifest/model'
import { InternalError } from '../../util/errors'
import type { Handle, RunContext } from '../backend'
import { isRecord } from '../kube/status'
import { objectName } from '../labels'
import { isOneShot } from './observation/one-shot'
import { workflowChaosKinds } from './run-objects'

/** The object to create in `namespace`. */
export function objectToSubmit(
  exp: Experiment,
  ctx: Pick<RunContext, 'runId' | 'labels'>,
  namespace: string
): KubeObject {
  if (exp.fault.kind !== 'kube-object')
    throw new InternalError(`chaos-mesh was given a ${exp.fault.kind} fault for ${exp.name}`)
  const source = exp.fault.object
  const { labels, annotations } = source.metadata
  // Whatever status a manifest carries (an exported object) is the cluster's to write, not ours.
  const body: Record<string, unknown> = { ...source }
  delete body.status
  return {
    ...body,
    apiVersion: source.apiVersion,
    kind: source.kind,
    metadata: {
      name: objectName(ctx.runId, exp.name),
      namespace,
      labels: { ...labels, ...ctx.labels },
      ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {})
    }
  }
}

/** Where the object goes: the manifest's namespace, else the default (kubeconfig or --namespace). */
export function namespaceOf(exp: Experiment, defaultNamespace: string): string {
  return exp.namespace ?? defaultNamespace
}

/**
 * The handle, with what observe, abort and cleanup need later without reading the manifest again:
 * when it was submitted (the injection bound), whether it is one-shot, a Schedule's child kind and
 * window end, and the chaos kinds a Workflow spawns.
 */
export function handleOf(exp: Experiment, created: KubeObject, submittedAt: number): Handle {
  const spec = isRecord(created.spec) ? created.spec : {}
  const data: Record<string, string> = { submittedAt: String(submittedAt) }
  if (isOneShot(created.kind, spec)) data.oneShot = 'true'
  if (created.kind === 'Schedule') {
    const childKind = typeof spec.type === 'string' ? spec.type : ''
    data.childKind = childKind
    data.endsAt = String(submittedAt + (exp.durationMs ?? 0))
    const embedded = isRecord(spec.workflow) ? spec.workflow : undefined
    if (embedded) data.chaosKinds = workflowChaosKinds(embedded).join(',')
  }
  if (created.kind === 'Workflow') {
    data.chaosKinds = workflowChaosKinds(spec).join(',')
    data.statusChecks = String(hasStatusCheck(spec))
  }
  return {
    backend: 'chaos-mesh',
    experiment: exp.name,
    kind: created.kind,
    name: created.metadata.name ?? '',
    apiVersion: created.apiVersion,
    ...(created.metadata.namespace !== undefined && { namespace: created.metadata.namespace }),
    ...(typeof created.metadata.uid === 'string' && { uid: created.metadata.uid }),
    data
  }
}

function hasStatusCheck(spec: Readonly<Record<string, unknown>>): boolean {
  const templates = Array.isArray(spec.templates) ? spec.templates : []
  return templates.some((t) => isRecord(t) && t.templateType === 'StatusCheck')
}
