/**
 * Finds everything a run left in Chaos Mesh: the objects carrying the run's label (and those its
 * handles name), plus what they spawned, which carries Chaos Mesh's labels instead of ours: a
 * Schedule's children (`managed-by=<schedule>`) and a Workflow's nodes, chaos and StatusChecks
 * (`chaos-mesh.org/workflow=<workflow>`).
 */
import type { KubeObject } from '../../manifest/model'
import type { RunSelector } from '../backend'
import { isNotFound, kubeFailure } from '../kube/errors'
import type { CollectionRef, KubeObjects } from '../kube/port'
import { isRecord } from '../kube/status'
import { runSelectorString } from '../labels'
import {
  CHAOS_MESH_API_VERSION,
  CHAOS_MESH_GROUP,
  isChaosKind,
  kindNamesOf,
  MANAGED_BY_SCHEDULE_LABEL,
  STATUS_CHECK,
  SUBMITTED_KINDS,
  WORKFLOW,
  WORKFLOW_LABEL,
  WORKFLOW_NODE
} from './chaos-mesh-api'

/** What was found, and the lists that failed (reported, never thrown). */
export interface Found {
  readonly objects: readonly KubeObject[]
  readonly errors: readonly string[]
}

/** The run's own objects (or one experiment's): by label in every namespace, and by handle. */
export async function findRunObjects(kube: KubeObjects, selector: RunSelector): Promise<Found> {
  const labelSelector = runSelectorString(selector.runId, selector.experiment)
  const refs = selector.namespaces.flatMap((namespace) =>
    SUBMITTED_KINDS.map((k) => ({
      apiVersion: k.apiVersion,
      kind: k.kind,
      namespace,
      labelSelector
    }))
  )
  const listed = await listAll(kube, refs)
  const errors = [...listed.errors]
  // A handle whose object is gone (get answers undefined on 404) is nothing to clean up; any
  // other failure is reported, so the cleanup is not called clean while the object may remain.
  const byHandle = await Promise.all(
    selector.handles
      .filter((h) => h.backend === 'chaos-mesh' && kindNamesOf(h.kind) && h.namespace)
      .filter((h) => selector.experiment === undefined || h.experiment === selector.experiment)
      .map((h) => {
        const ref = {
          apiVersion: CHAOS_MESH_API_VERSION,
          kind: h.kind,
          namespace: h.namespace ?? '',
          name: h.name
        }
        return kube.get(ref).catch((err: unknown) => {
          errors.push(refFailure(err, 'get', ref))
          return undefined
        })
      })
  )
  const found = byHandle.filter((o): o is KubeObject => o !== undefined)
  return { objects: unique([...listed.objects, ...found]), errors }
}

/** What `roots` spawned, recursively (a Schedule of Workflows spawns Workflows that spawn chaos). */
export async function findDependents(
  kube: KubeObjects,
  roots: readonly KubeObject[]
): Promise<Found> {
  const objects: KubeObject[] = []
  const errors: string[] = []
  let level = roots
  for (let depth = 0; depth < 3 && level.length > 0; depth++) {
    const listed = await listAll(kube, level.flatMap(dependentRefs))
    errors.push(...listed.errors)
    objects.push(...listed.objects)
    level = listed.objects.filter((o) => o.kind === WORKFLOW.kind)
  }
  return { objects: unique(objects), errors }
}

/** The collections an object's dependents live in. */
function dependentRefs(object: KubeObject): CollectionRef[] {
  const namespace = object.metadata.namespace ?? ''
  const name = object.metadata.name ?? ''
  const spec = isRecord(object.spec) ? object.spec : {}
  const at = (kind: string, labelSelector: string): CollectionRef => ({
    apiVersion: CHAOS_MESH_API_VERSION,
    kind,
    namespace,
    labelSelector
  })
  if (object.kind === 'Schedule' && typeof spec.type === 'string')
    return [at(spec.type, `${MANAGED_BY_SCHEDULE_LABEL}=${name}`)]
  if (object.kind !== WORKFLOW.kind) return []
  const selector = `${WORKFLOW_LABEL}=${name}`
  return [WORKFLOW_NODE.kind, STATUS_CHECK.kind, ...workflowChaosKinds(spec)].map((k) =>
    at(k, selector)
  )
}

/** The chaos kinds a workflow spec's templates embed. */
export function workflowChaosKinds(spec: Readonly<Record<string, unknown>>): string[] {
  const templates = Array.isArray(spec.templates) ? spec.templates.filter(isRecord) : []
  const kinds = templates.flatMap((t) => {
    const type = t.templateType
    if (typeof type === 'string' && isChaosKind(type)) return [type]
    // A Schedule template embeds one more level: its `schedule.type`.
    const schedule = isRecord(t.schedule) ? t.schedule : {}
    return typeof schedule.type === 'string' && isChaosKind(schedule.type) ? [schedule.type] : []
  })
  return [...new Set(kinds)]
}

/** Lists every collection at once; a kind the cluster does not serve is skipped. */
async function listAll(kube: KubeObjects, refs: readonly CollectionRef[]): Promise<Found> {
  const errors: string[] = []
  const lists = await Promise.all(
    refs.map((ref) =>
      kube.list(ref).then(
        (list) => list.items,
        (err: unknown) => {
          if (!isNotFound(err)) errors.push(refFailure(err, 'list', ref))
          return []
        }
      )
    )
  )
  return { objects: lists.flat(), errors }
}

/** What a user reads for a failed get or list of Chaos Mesh objects. */
function refFailure(
  err: unknown,
  verb: 'get' | 'list',
  ref: CollectionRef & { readonly name?: string }
): string {
  return kubeFailure(err, {
    backend: 'chaos-mesh',
    verb,
    kind: ref.kind,
    resource: kindNamesOf(ref.kind)?.resource ?? ref.kind.toLowerCase(),
    group: CHAOS_MESH_GROUP,
    ...(ref.namespace !== undefined && { namespace: ref.namespace }),
    ...(ref.name !== undefined && { name: ref.name })
  }).message
}

export function keyOf(o: KubeObject): string {
  return `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`
}

function unique(objects: readonly KubeObject[]): KubeObject[] {
  return [...new Map(objects.map((o) => [keyOf(o), o])).values()]
}
