import {
  arrayAt,
  clone,
  ensureObject,
  isObject,
  type JsonObject,
  objectAt,
  stringAt
} from '../../core/json'
import { controllerRefTo, nameOf, namespaceOf, timestamp } from '../../core/meta'
import { parseGoDuration } from '../go-duration'
import { OUTCOME_ANNOTATION } from '../outcome'
import { CHAOS_MESH_API, EMBED_KEYS } from './kinds'

export const LABEL_WORKFLOW = 'chaos-mesh.org/workflow'
export const LABEL_CONTROLLED_BY = 'chaos-mesh.org/controlled-by'
export const ABORT_ANNOTATION = 'workflow.chaos-mesh.org/abort'

/** A template of spec.templates by name. */
export function templateOf(workflow: JsonObject, name: string): JsonObject | undefined {
  return arrayAt(objectAt(workflow, 'spec'), 'templates')
    .filter(isObject)
    .find((t) => t['name'] === name)
}

/**
 * renderNodesByTemplates: a WorkflowNode `<template>-<5 chars>` owned by its parent node (or
 * the workflow), labelled with the workflow and its controller, with the foregroundDeletion
 * finalizer, the template's deadline resolved against now (chaos time), and its embedded spec.
 */
export function renderNode(
  workflow: JsonObject,
  parent: JsonObject | undefined,
  template: JsonObject,
  nowMs: number,
  chaosSecondMs: number
): JsonObject {
  const name = stringAt(template, 'name') ?? ''
  const type = stringAt(template, 'templateType') ?? ''
  const deadline = parseGoDuration(stringAt(template, 'deadline'))
  const spec: JsonObject = {
    templateName: name,
    workflowName: nameOf(workflow),
    type,
    startTime: timestamp(nowMs)
  }
  // Millisecond precision: deadlines are compressed to chaos time (chaosSecondMs).
  if (deadline !== undefined)
    spec['deadline'] = new Date(nowMs + (deadline / 1000) * chaosSecondMs).toISOString()
  for (const key of [
    'children',
    'task',
    'conditionalBranches',
    'schedule',
    'statusCheck',
    'abortWithStatusCheck',
    ...Object.values(EMBED_KEYS)
  ]) {
    const value = template[key]
    if (value !== undefined && key !== 'workflow') spec[key] = clone(value)
  }
  const owner = parent ?? workflow
  const outcome = objectAt(objectAt(workflow, 'metadata'), 'annotations')?.[OUTCOME_ANNOTATION]
  return {
    apiVersion: CHAOS_MESH_API,
    kind: 'WorkflowNode',
    metadata: {
      generateName: `${name}-`,
      namespace: namespaceOf(workflow),
      labels: { [LABEL_CONTROLLED_BY]: nameOf(owner), [LABEL_WORKFLOW]: nameOf(workflow) },
      ...(typeof outcome === 'string' ? { annotations: { [OUTCOME_ANNOTATION]: outcome } } : {}),
      ownerReferences: [controllerRefTo(owner)],
      finalizers: ['foregroundDeletion']
    },
    spec
  }
}

export function nodeCondition(node: JsonObject | undefined, type: string): string | undefined {
  const found = arrayAt(objectAt(node, 'status'), 'conditions').find(
    (c) => isObject(c) && c['type'] === type
  )
  return isObject(found) ? stringAt(found, 'status') : undefined
}

/** SetCondition: replaces the condition of that type (keeping it if unchanged). */
export function setNodeCondition(
  node: JsonObject,
  type: string,
  status: 'True' | 'False',
  reason: string
): void {
  const s = ensureObject(node, 'status')
  const conditions = arrayAt(s, 'conditions').filter(isObject)
  const current = conditions.find((c) => c['type'] === type)
  if (current && current['status'] === status && current['reason'] === reason) return
  s['conditions'] = [...conditions.filter((c) => c['type'] !== type), { type, status, reason }]
}

/** WorkflowNodeFinished: Accomplished or DeadlineExceed. */
export function nodeFinished(node: JsonObject): boolean {
  return (
    nodeCondition(node, 'Accomplished') === 'True' ||
    nodeCondition(node, 'DeadlineExceed') === 'True'
  )
}
