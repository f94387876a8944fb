/**
 * Faults already injected by someone else. Within one run the engine serialises overlapping
 * experiments; a chaos object of another run or another tool that is injecting into the pods this
 * experiment would select cannot be waited for safely, so preflight refuses: a second chaos of the
 * same kind on a pod replaces the first's (chaos-mesh#3631), and neither result would mean anything.
 */
import type { Experiment } from '../../manifest/model'
import type { Issue } from '../../util/errors'
import type { KubeObjects } from '../kube/port'
import { RUN_ID_LABEL } from '../labels'
import { CHAOS_MESH_API_VERSION } from './chaos-mesh-api'
import { readChaos } from './status/chaos-status'

/** Issues for live chaos of the same kind, not from `runId`, injected into pods the selector matches. */
export async function liveConflicts(
  kube: KubeObjects,
  exp: Experiment,
  kind: string,
  runId: string,
  signal?: AbortSignal
): Promise<Issue[]> {
  const targets = exp.targets
  if (!targets || (targets.resource ?? 'pod') !== 'pod') return []
  const issues: Issue[] = []
  for (const namespace of targets.namespaces) {
    const [pods, chaos] = await Promise.all([
      kube.list(
        {
          apiVersion: 'v1',
          kind: 'Pod',
          namespace,
          ...(targets.labelSelector ? { labelSelector: targets.labelSelector } : {})
        },
        signal
      ),
      kube.list({ apiVersion: CHAOS_MESH_API_VERSION, kind, namespace }, signal)
    ])
    const mine = new Set(pods.items.map((p) => `${namespace}/${p.metadata.name ?? ''}`))
    for (const other of chaos.items) {
      if (other.metadata.labels?.[RUN_ID_LABEL] === runId) continue
      const hit = (readChaos(other).records ?? [])
        .filter((r) => r.phase !== 'not-injected')
        .map((r) => r.id.split('/').slice(0, 2).join('/'))
        .filter((pod) => mine.has(pod))
      if (hit.length > 0)
        issues.push(conflict(exp, kind, `${namespace}/${other.metadata.name ?? ''}`, hit))
    }
  }
  return issues
}

function conflict(exp: Experiment, kind: string, other: string, pods: readonly string[]): Issue {
  return {
    ...(exp.targets?.location ?? exp.source),
    severity: 'error',
    code: 'chaos-mesh/conflict',
    message: `${kind} ${other}, not from this run, is injecting into ${[...new Set(pods)].join(', ')}, which this experiment would target; two ${kind}s on one pod override each other (chaos-mesh#3631)`,
    hint: 'Wait until it has finished, or narrow the selector to other pods.'
  }
}
