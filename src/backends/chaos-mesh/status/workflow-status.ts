/**
 * Reads a Workflow, its WorkflowNodes and its StatusChecks into typed views (docs/backends/chaos-mesh.md,
 * "A Workflow"). Malformed fields become undefined or empty, never an exception.
 */
import type { KubeObject } from '../../../manifest/model'
import { isRecord } from '../../kube/status'
import { ABORTED_AT_ANNOTATION, WORKFLOW_ABORT_ANNOTATION } from '../chaos-mesh-api'
import { readConditions } from './chaos-status'

/** A StatusCheck template: what it checks, for messages. */
export interface CheckTemplate {
  readonly name: string
  readonly target: string
  readonly abortWithStatusCheck: boolean
}

export interface WorkflowView {
  readonly name: string
  /** `workflow.chaos-mesh.org/abort: "true"`: set by Chaos Mesh on a failing StatusCheck, or by chaos-gate. */
  readonly abort: boolean
  /** chaos-gate's own abort, and when. */
  readonly abortedAt: string | undefined
  readonly accomplished: boolean
  readonly entryNode: string | undefined
  /** The StatusCheck templates, by template name. */
  readonly checks: ReadonlyMap<string, CheckTemplate>
}

export function readWorkflow(object: KubeObject): WorkflowView {
  const annotations = object.metadata.annotations ?? {}
  const status = isRecord(object.status) ? object.status : {}
  const spec = isRecord(object.spec) ? object.spec : {}
  const templates = Array.isArray(spec.templates) ? spec.templates.filter(isRecord) : []
  const checks = new Map<string, CheckTemplate>()
  for (const t of templates) {
    if (t.templateType !== 'StatusCheck' || typeof t.name !== 'string') continue
    const check = isRecord(t.statusCheck) ? t.statusCheck : {}
    const http = isRecord(check.http) ? check.http : {}
    checks.set(t.name, {
      name: t.name,
      target:
        typeof http.url === 'string'
          ? `${typeof http.method === 'string' ? http.method : 'GET'} ${http.url}`
          : 'HTTP',
      abortWithStatusCheck: t.abortWithStatusCheck === true
    })
  }
  return {
    name: object.metadata.name ?? '',
    abort: annotations[WORKFLOW_ABORT_ANNOTATION] === 'true',
    abortedAt: annotations[ABORTED_AT_ANNOTATION],
    accomplished: readConditions(status.conditions).get('Accomplished') === 'True',
    entryNode: typeof status.entryNode === 'string' ? status.entryNode : undefined,
    checks
  }
}

/** One step of a workflow. */
export interface NodeView {
  readonly name: string
  readonly template: string
  readonly type: string
  readonly conditions: ReadonlyMap<string, string>
}

export function readNode(object: KubeObject): NodeView {
  const spec = isRecord(object.spec) ? object.spec : {}
  const status = isRecord(object.status) ? object.status : {}
  return {
    name: object.metadata.name ?? '',
    template: typeof spec.templateName === 'string' ? spec.templateName : '',
    type: typeof spec.type === 'string' ? spec.type : '',
    conditions: readConditions(status.conditions)
  }
}

/** A StatusCheck's progress: consecutive outcomes and the thresholds it crossed. */
export interface CheckView {
  readonly name: string
  /** The WorkflowNode that created it (`chaos-mesh.org/controlled-by`). */
  readonly node: string | undefined
  readonly failed: boolean
  readonly succeeded: boolean
  readonly completed: boolean
  readonly failures: number
  readonly successes: number
}

export function readCheck(object: KubeObject): CheckView {
  const status = isRecord(object.status) ? object.status : {}
  const conditions = readConditions(status.conditions)
  const records = Array.isArray(status.records) ? status.records.filter(isRecord) : []
  return {
    name: object.metadata.name ?? '',
    node: object.metadata.labels?.['chaos-mesh.org/controlled-by'],
    failed: conditions.get('FailureThresholdExceed') === 'True',
    succeeded: conditions.get('SuccessThresholdExceed') === 'True',
    completed: conditions.get('Completed') === 'True',
    failures: records.filter((r) => r.outcome === 'Failure').length,
    successes: records.filter((r) => r.outcome === 'Success').length
  }
}
