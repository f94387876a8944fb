import {
  arrayAt,
  ensureObject,
  isObject,
  type JsonObject,
  objectAt,
  stringAt
} from '../../core/json'
import { controllerRefTo, labelsOf, nameOf, namespaceOf, timestamp, uidOf } from '../../core/meta'
import { randomSuffix } from '../../core/names'
import type { ExperimentSpec } from './engine-spec'

const RUNNER_IMAGE = 'litmuschaos/chaos-runner:3.31.0'

/**
 * On a real control plane the chaos pods land on kwok's fake nodes, which carry this taint;
 * the simulator's scheduler ignores taints, so the toleration changes nothing here.
 */
const KWOK_TOLERATION = {
  key: 'kwok.x-k8s.io/node',
  operator: 'Exists',
  effect: 'NoSchedule'
}

/** The chaos-runner pod the operator creates (chaos-operator newGoRunnerPodForCR). */
export function runnerPod(engine: JsonObject, experiments: readonly ExperimentSpec[]): JsonObject {
  const spec = objectAt(engine, 'spec') ?? {}
  const runner = objectAt(objectAt(spec, 'components'), 'runner')
  const extraLabels = objectAt(runner, 'runnerLabels') ?? {}
  const appinfo = objectAt(spec, 'appinfo')
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${nameOf(engine)}-runner`,
      namespace: namespaceOf(engine),
      labels: {
        ...extraLabels,
        app: nameOf(engine),
        chaosUID: uidOf(engine),
        'app.kubernetes.io/component': 'chaos-runner',
        'app.kubernetes.io/part-of': 'litmus'
      },
      ownerReferences: [controllerRefTo(engine)]
    },
    spec: {
      serviceAccountName: stringAt(spec, 'chaosServiceAccount') ?? '',
      restartPolicy: 'OnFailure',
      tolerations: [KWOK_TOLERATION],
      containers: [
        {
          name: 'chaos-runner',
          image: stringAt(runner, 'image') || RUNNER_IMAGE,
          imagePullPolicy: 'IfNotPresent',
          env: Object.entries({
            CHAOSENGINE: nameOf(engine),
            APP_LABEL: stringAt(appinfo, 'applabel') ?? '',
            APP_KIND: stringAt(appinfo, 'appkind') ?? '',
            APP_NAMESPACE: stringAt(appinfo, 'appns') || namespaceOf(engine),
            EXPERIMENT_LIST: experiments.map((e) => e.name).join(','),
            CHAOS_SVC_ACC: stringAt(spec, 'chaosServiceAccount') ?? '',
            CHAOS_NAMESPACE: namespaceOf(engine)
          }).map(([name, value]) => ({ name, value }))
        }
      ]
    }
  }
}

/** The experiment job's pod: `<experiment>-<6 chars>-<5 chars>`, owned by the engine here. */
export function experimentPod(
  engine: JsonObject,
  experiment: ExperimentSpec,
  definition: JsonObject
): JsonObject {
  const jobName = `${experiment.name}-${randomSuffix(6)}`
  const image =
    stringAt(objectAt(objectAt(definition, 'spec'), 'definition'), 'image') ??
    'litmuschaos/go-runner:3.31.0'
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${jobName}-${randomSuffix(5)}`,
      namespace: namespaceOf(engine),
      labels: {
        app: nameOf(engine),
        name: experiment.name,
        chaosUID: uidOf(engine),
        'job-name': jobName,
        'app.kubernetes.io/component': 'experiment-job',
        'app.kubernetes.io/part-of': 'litmus',
        'app.kubernetes.io/version': '3.31.0'
      },
      ownerReferences: [controllerRefTo(engine)]
    },
    spec: {
      serviceAccountName: stringAt(objectAt(engine, 'spec'), 'chaosServiceAccount') ?? '',
      restartPolicy: 'OnFailure',
      tolerations: [KWOK_TOLERATION],
      containers: [
        {
          name: experiment.name,
          image,
          env: Object.entries(experiment.env).map(([name, value]) => ({ name, value }))
        }
      ]
    }
  }
}

/** Marks a pod's containers terminated with reason Completed (phase Succeeded). */
export function completePod(pod: JsonObject, nowMs: number): void {
  const now = timestamp(nowMs)
  const status = ensureObject(pod, 'status')
  status['phase'] = 'Succeeded'
  status['conditions'] = arrayAt(status, 'conditions')
    .filter(isObject)
    .map((c) =>
      c['type'] === 'Ready' || c['type'] === 'ContainersReady'
        ? { ...c, status: 'False', reason: 'PodCompleted', lastTransitionTime: now }
        : c
    )
  status['containerStatuses'] = arrayAt(status, 'containerStatuses')
    .filter(isObject)
    .map((c) => ({
      ...c,
      ready: false,
      started: false,
      state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: now, finishedAt: now } }
    }))
}

/** True once the chaos-runner container terminated with reason Completed. */
export function runnerCompleted(pod: JsonObject | undefined): boolean {
  return arrayAt(objectAt(pod, 'status'), 'containerStatuses').some(
    (c) =>
      isObject(c) &&
      c['name'] === 'chaos-runner' &&
      stringAt(objectAt(objectAt(c, 'state'), 'terminated'), 'reason') === 'Completed'
  )
}

export function isRunning(pod: JsonObject | undefined): boolean {
  return stringAt(objectAt(pod, 'status'), 'phase') === 'Running'
}

/** The engine UID a chaos pod belongs to. */
export function chaosUidOf(pod: JsonObject): string | undefined {
  return labelsOf(pod)['chaosUID']
}
