/**
 * The Chaos Mesh kinds, labels and annotations the backend touches (docs/backends/chaos-mesh.md), with the
 * plural resource names RBAC and kubectl use. Chaos kinds are plural as their lower-cased kind
 * (`podchaos`), as in the CRDs.
 */
import { CHAOS_MESH_FAULT_KINDS } from '../../manifest/classify/kinds'
import type { KindNames } from '../kube/port'
import type { Installation } from '../kube/preflight'

export const CHAOS_MESH_API_VERSION = 'chaos-mesh.org/v1alpha1'
export const CHAOS_MESH_GROUP = 'chaos-mesh.org'

/** Pauses a chaos or a Schedule: desiredPhase Stop, faults recovered (api/v1alpha1/common_types.go). */
export const PAUSE_ANNOTATION = 'experiment.chaos-mesh.org/pause'
/** Drops the records finalizer without recovering: the last resort for a stuck object (chaos-mesh#4311). */
export const CLEAN_FINALIZER_ANNOTATION = 'chaos-mesh.chaos-mesh.org/cleanFinalizer'
/** Aborts a Workflow; Chaos Mesh sets it itself when a StatusCheck with abortWithStatusCheck fails. */
export const WORKFLOW_ABORT_ANNOTATION = 'workflow.chaos-mesh.org/abort'
/** Set when chaos-gate stops an object, so a paused or aborted state can say who did it. */
export const ABORTED_AT_ANNOTATION = 'chaos-gate.dev/aborted-at'

/** The label a Schedule's children carry: the Schedule's name. */
export const MANAGED_BY_SCHEDULE_LABEL = 'managed-by'
/** The label every WorkflowNode and every object a Workflow spawns carries: the Workflow's name. */
export const WORKFLOW_LABEL = 'chaos-mesh.org/workflow'

/** The finalizer every chaos object gets; released only once every record is recovered. */
export const RECORDS_FINALIZER = 'chaos-mesh/records'

const kindNames = (kind: string, resource: string): KindNames => ({
  apiVersion: CHAOS_MESH_API_VERSION,
  kind,
  resource
})

/** Every chaos kind, by kind name. */
export const CHAOS_KINDS: ReadonlyMap<string, KindNames> = new Map(
  CHAOS_MESH_FAULT_KINDS.map((kind) => [kind, kindNames(kind, kind.toLowerCase())])
)
export const SCHEDULE = kindNames('Schedule', 'schedules')
export const WORKFLOW = kindNames('Workflow', 'workflows')
export const WORKFLOW_NODE = kindNames('WorkflowNode', 'workflownodes')
export const STATUS_CHECK = kindNames('StatusCheck', 'statuschecks')

/** The kinds a run may create directly, found again by the run label during cleanup. */
export const SUBMITTED_KINDS: readonly KindNames[] = [...CHAOS_KINDS.values(), SCHEDULE, WORKFLOW]

/** The names of `kind`, or undefined when it is not a Chaos Mesh kind the backend knows. */
export function kindNamesOf(kind: string): KindNames | undefined {
  if (kind === 'Schedule') return SCHEDULE
  if (kind === 'Workflow') return WORKFLOW
  if (kind === 'WorkflowNode') return WORKFLOW_NODE
  if (kind === 'StatusCheck') return STATUS_CHECK
  return CHAOS_KINDS.get(kind)
}

/** True for the fault kinds (PodChaos, NetworkChaos, ...), as opposed to Schedule and Workflow. */
export const isChaosKind = (kind: string): boolean => CHAOS_KINDS.has(kind)

export const CHAOS_MESH_INSTALLATION: Installation = {
  product: 'Chaos Mesh',
  install:
    'Install Chaos Mesh (its controller manager, chaos-daemon and CRDs) in the cluster first, for example with the Helm chart at https://charts.chaos-mesh.org; chaos-gate never installs or removes it.'
}
