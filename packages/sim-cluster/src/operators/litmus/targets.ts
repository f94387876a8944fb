import { isActivePod } from '../../controllers/workload-status'
import { arrayAt, ensureObject, isObject, type JsonObject, numberAt } from '../../core/json'
import { nameOf } from '../../core/meta'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import { appTargetOf, type ExperimentSpec } from './engine-spec'

/** The live pods an engine's appinfo selects, or the TARGET_SELECTION_ERROR litmus-go reports. */
export function resolveTargets(
  client: OperatorClient,
  engine: JsonObject
): { pods: JsonObject[]; error?: string } {
  const target = appTargetOf(engine)
  if (!target) return { pods: [] }
  const pods = client.list('v1', 'Pod', target.namespace, target.labelSelector).filter(isActivePod)
  if (pods.length > 0) return { pods }
  const error = JSON.stringify({
    errorCode: 'TARGET_SELECTION_ERROR',
    phase: 'PreChaos',
    reason: 'no pod found with matching labels',
    target: `{podLabel: ${target.labelSelector}, namespace: ${target.namespace}}`
  })
  return { pods: [], error }
}

/**
 * One round of chaos on the targets: PODS_AFFECTED_PERC of them (at least one), or the
 * TARGET_PODS named. pod-delete deletes them (the ReplicaSet brings replacements),
 * container-kill bumps their restart counts; other faults only mark them targeted.
 */
export async function injectChaos(
  client: OperatorClient,
  engine: JsonObject,
  experiment: ExperimentSpec
): Promise<string[]> {
  const { pods } = resolveTargets(client, engine)
  const named = (experiment.env['TARGET_PODS'] ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
  const candidates = named.length > 0 ? pods.filter((p) => named.includes(nameOf(p))) : pods
  const percentage = Number(experiment.env['PODS_AFFECTED_PERC'] ?? '') || 0
  const count = Math.max(1, Math.ceil((candidates.length * percentage) / 100))
  const chosen = [...candidates].sort(() => Math.random() - 0.5).slice(0, count)
  for (const pod of chosen) {
    if (experiment.name === 'pod-delete') {
      const force = experiment.env['FORCE'] === 'true'
      await client.delete(refOf(pod), force ? { gracePeriodSeconds: 0 } : {})
    } else if (experiment.name === 'container-kill') {
      await client.mutate(refOf(pod), (p) => bumpRestarts(p), true)
    }
  }
  return chosen.map(nameOf)
}

function bumpRestarts(pod: JsonObject): void {
  const status = ensureObject(pod, 'status')
  status['containerStatuses'] = arrayAt(status, 'containerStatuses')
    .filter(isObject)
    .map((c, i) =>
      i === 0
        ? {
            ...c,
            restartCount: (numberAt(c, 'restartCount') ?? 0) + 1,
            lastState: { terminated: { exitCode: 137, reason: 'Error' } }
          }
        : c
    )
}
