import type { Clock } from '../../clock'
import { keyFor, splitKey } from '../../controllers/keys'
import { ensureObject, type JsonObject, objectAt, stringAt } from '../../core/json'
import {
  controllerOf,
  finalizersOf,
  isDeleting,
  nameOf,
  namespaceOf,
  setFinalizers,
  uidOf
} from '../../core/meta'
import type { OperatorTiming } from '../../options'
import { outcomeOf } from '../outcome'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import type { WatchChange } from '../runtime/informer'
import { KubeHttpError } from '../runtime/kube-http'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import type { Reconciler, Requeue } from '../runtime/operator-manager'
import { runnerCompleted, runnerPod } from './chaos-pods'
import { abortEngine, chaosPods } from './engine-abort'
import { ENGINE_FINALIZER, experimentsOf, LITMUS_API } from './engine-spec'
import { ExperimentRun } from './experiment-run'

const COMPONENT = 'chaos-operator'

/**
 * chaos-operator's ChaosEngine reconcile (controllers/chaosengine_controller.go): initEngine
 * (engineState active, engineStatus initialized, finalizer), the runner pod, completion
 * (engineStatus completed and spec.engineState flipped to stop), forced abort on
 * engineState: stop or deletion (chaos pods removed, experiments Forcefully Aborted, result
 * Stopped, engineStatus stopped, finalizer dropped), and restart on engineState: active.
 */
export class LitmusEngineOperator implements Reconciler {
  readonly name = 'litmus-chaos-operator'
  private readonly runs = new Map<string, ExperimentRun>()

  constructor(
    private readonly client: OperatorClient,
    private readonly events: HttpEventRecorder,
    private readonly clock: Clock,
    private readonly timing: OperatorTiming
  ) {}

  keysFor(change: WatchChange): readonly string[] {
    const { group, plural } = change.resource
    if (group === 'litmuschaos.io' && plural === 'chaosengines') return [keyFor(change.object)]
    if (group !== '' || plural !== 'pods') return []
    const owner = controllerOf(change.object)
    return owner?.kind === 'ChaosEngine' ? [`${namespaceOf(change.object)}/${owner.name}`] : []
  }

  async reconcile(key: string): Promise<Requeue | void> {
    const { namespace, name } = splitKey(key)
    const engine = this.client.get({ apiVersion: LITMUS_API, kind: 'ChaosEngine', namespace, name })
    if (!engine) return
    const stuck = outcomeOf(engine) === 'stuck'
    const state = stringAt(objectAt(engine, 'spec'), 'engineState')
    const status = stringAt(objectAt(engine, 'status'), 'engineStatus')
    if (isDeleting(engine)) return stuck ? undefined : this.stopAndRelease(engine)
    if (await this.initEngine(engine)) return
    if (state === 'active' && status === 'initialized') return this.running(engine)
    if (state === 'stop' && status === 'completed') return this.cleanupCompleted(engine)
    if (state === 'stop' && status === 'initialized')
      return stuck ? undefined : this.stopAndRelease(engine)
    if (state === 'active' && (status === 'stopped' || status === 'completed'))
      return this.restart(engine)
  }

  /** Returns true when it wrote (the write re-queues the engine). */
  private async initEngine(engine: JsonObject): Promise<boolean> {
    const spec = ensureObject(engine, 'spec')
    const status = ensureObject(engine, 'status')
    let changed = false
    if (!stringAt(spec, 'engineState')) {
      spec['engineState'] = 'active'
      changed = true
    }
    if (spec['engineState'] === 'active' && !stringAt(status, 'engineStatus')) {
      status['engineStatus'] = 'initialized'
      changed = true
    }
    const addFinalizer =
      status['engineStatus'] === 'initialized' && finalizersOf(engine).length === 0
    if (addFinalizer) setFinalizers(engine, [ENGINE_FINALIZER])
    if (!changed && !addFinalizer) return false
    // Events before the write they describe: the client sends them ahead of its next write.
    if (addFinalizer) {
      this.events.record(
        engine,
        'Normal',
        'ChaosEngineInitialized',
        `Identifying app under test & launching ${nameOf(engine)}-runner`,
        COMPONENT
      )
    }
    await this.client.update(engine)
    return true
  }

  private async running(engine: JsonObject): Promise<Requeue | void> {
    const experiments = experimentsOf(engine, (name) =>
      this.client.get({
        apiVersion: LITMUS_API,
        kind: 'ChaosExperiment',
        namespace: namespaceOf(engine),
        name
      })
    )
    const first = experiments[0]
    const runnerRef = {
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: namespaceOf(engine),
      name: `${refOf(engine).name}-runner`
    }
    let runner = this.client.get(runnerRef)
    if (!runner) {
      const definition =
        first &&
        this.client.get({
          apiVersion: LITMUS_API,
          kind: 'ChaosExperiment',
          namespace: namespaceOf(engine),
          name: first.name
        })
      if (!definition) return this.startFailed(engine)
      try {
        runner = await this.client.create(runnerPod(engine, experiments))
      } catch (err) {
        // Refused (ServiceAccount admission, a terminating namespace): retried, as upstream.
        if (err instanceof KubeHttpError && err.code !== 409) return this.startFailed(engine)
        throw err
      }
      this.runs.set(
        uidOf(engine),
        new ExperimentRun(this.client, this.events, this.clock, this.timing)
      )
    }
    if (runnerCompleted(runner)) return await this.complete(engine)
    if (stringAt(objectAt(runner, 'status'), 'phase') !== 'Running') return
    const run = this.runs.get(uidOf(engine))
    const next = await run?.advance(engine, runner, experiments)
    return next === undefined ? undefined : { afterMs: next }
  }

  private startFailed(engine: JsonObject): Requeue {
    this.events.record(
      engine,
      'Warning',
      'ChaosResourcesOperationFailed',
      '(chaos start) Unable to get chaos resources',
      COMPONENT
    )
    return { afterMs: this.timing.retryMs * 4 }
  }

  private async complete(engine: JsonObject): Promise<void> {
    this.events.record(
      engine,
      'Normal',
      'ChaosEngineCompleted',
      'ChaosEngine completed, will delete or retain the resources according to jobCleanUpPolicy',
      COMPONENT
    )
    await this.client.mutate(refOf(engine), (e) => {
      ensureObject(e, 'status')['engineStatus'] = 'completed'
      ensureObject(e, 'spec')['engineState'] = 'stop'
    })
    this.runs.delete(uidOf(engine))
  }

  private async cleanupCompleted(engine: JsonObject): Promise<void> {
    if (stringAt(objectAt(engine, 'spec'), 'jobCleanUpPolicy') !== 'delete') return
    for (const pod of chaosPods(this.client, engine))
      if (!isDeleting(pod)) await this.client.delete(refOf(pod))
  }

  /** reconcileForDelete: used for engineState: stop mid-run and for deletion. */
  private async stopAndRelease(engine: JsonObject): Promise<Requeue | void> {
    const hadRun = this.runs.has(uidOf(engine))
    const released = await abortEngine(this.client, this.events, this.clock, engine, () => {
      if (hadRun) {
        this.events.record(
          engine,
          'Normal',
          'ChaosEngineStopped',
          'Chaos resources deleted successfully',
          COMPONENT
        )
      }
    })
    if (!released) return { afterMs: this.timing.operatorStepMs }
    this.runs.delete(uidOf(engine))
  }

  private async restart(engine: JsonObject): Promise<void> {
    for (const pod of chaosPods(this.client, engine))
      await this.client.delete(refOf(pod), { gracePeriodSeconds: 0 })
    this.runs.delete(uidOf(engine))
    this.events.record(engine, 'Normal', 'RestartInProgress', 'ChaosEngine is restarted', COMPONENT)
    await this.client.mutate(refOf(engine), (e) => {
      const status = ensureObject(e, 'status')
      status['engineStatus'] = 'initialized'
      delete status['experiments']
      setFinalizers(
        e,
        finalizersOf(e).filter((f) => f !== ENGINE_FINALIZER)
      )
    })
  }
}
