/**
 * The safe ways to stop Chaos Mesh objects (docs/backends/chaos-mesh.md, "Abort: the safe path"): the pause annotation for a chaos
 * object or a Schedule (Chaos Mesh recovers every record; a Schedule passes the pause to its
 * children), the abort annotation for a Workflow. Both also stamp when chaos-gate did it. And the
 * judgements abort and cleanup wait on: every record recovered, or recovery failing for good.
 */
import type { KubeObject } from '../../manifest/model'
import type { RunContext } from '../backend'
import { isNotFound, kindOperation, kubeFailure } from '../kube/errors'
import type { KindNames } from '../kube/port'
import type { KubeObjects } from '../kube/port'
import {
  ABORTED_AT_ANNOTATION,
  PAUSE_ANNOTATION,
  WORKFLOW,
  WORKFLOW_ABORT_ANNOTATION
} from './chaos-mesh-api'
import type { Judgement } from './follow/await-state'
import { recoverFailing } from './observation/injection-failure'
import { readChaos, type RecordView } from './status/chaos-status'

/** Sets the pause annotation; false when the object is already gone. */
export function pauseObject(
  kube: KubeObjects,
  kind: KindNames,
  namespace: string,
  name: string,
  ctx: RunContext,
  stampAbort = false
): Promise<boolean> {
  return annotate(kube, kind, namespace, name, {
    [PAUSE_ANNOTATION]: 'true',
    ...(stampAbort && { [ABORTED_AT_ANNOTATION]: new Date(ctx.clock.now()).toISOString() })
  })
}

/** Sets the Workflow abort annotation; false when the workflow is already gone. */
export function setWorkflowAbort(
  kube: KubeObjects,
  namespace: string,
  name: string,
  ctx: RunContext
): Promise<boolean> {
  return annotate(kube, WORKFLOW, namespace, name, {
    [WORKFLOW_ABORT_ANNOTATION]: 'true',
    [ABORTED_AT_ANNOTATION]: new Date(ctx.clock.now()).toISOString()
  })
}

async function annotate(
  kube: KubeObjects,
  kind: KindNames,
  namespace: string,
  name: string,
  annotations: Readonly<Record<string, string>>
): Promise<boolean> {
  try {
    await kube.patch(
      { apiVersion: kind.apiVersion, kind: kind.kind, namespace, name },
      { type: 'merge', body: { metadata: { annotations } } }
    )
    return true
  } catch (err) {
    if (isNotFound(err)) return false
    throw kubeFailure(err, kindOperation('chaos-mesh', 'patch', kind, namespace, name))
  }
}

/**
 * Every continuous chaos object recovered (or gone): done; one whose Recover keeps failing: stuck.
 * One-shot objects have nothing to recover, so they never hold anything up.
 */
export function chaosRecovered(objects: readonly KubeObject[]): Judgement {
  const records = stillInjected(objects)
  if (records.length === 0) return 'done'
  return recoverFailing(records).length > 0 ? 'stuck' : 'wait'
}

/** The records of continuous chaos objects that are still injected, for messages. */
export function stillInjected(objects: readonly KubeObject[]): readonly RecordView[] {
  return objects
    .map(readChaos)
    .filter((v) => !v.oneShot)
    .flatMap((v) => (v.records ?? []).filter((r) => r.phase !== 'not-injected'))
}
