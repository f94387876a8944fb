import type { Clock } from '../../../../src/util/clock'
import type { Reconciler, Requeue } from '../../controllers/controller-runtime'
import type { EventRecorder } from '../../controllers/event-recorder'
import { keyFor, splitKey } from '../../controllers/keys'
import { refOf, type SystemClient } from '../../controllers/system-client'
import { ApiError } from '../../core/api-error'
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
import type { SimTiming } from '../../options'
import type { StoreChange } from '../../store/object-store'
import { outcomeOf } from '../outcome'
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
    private readonly client: SystemClient,
    private readonly events: EventRecorder,
    private readonly clock: Clock,
    private readonly timing: SimTiming
  ) {}

  keysFor(change: StoreChange): readonly string[] {
    const { group, plural } = change.resource
    if (group === 'litmuschaos.io' && plural === 'chaosengines') return [keyFor(change.object)]
    if (group !== '' || plural !== 'pods') return []
    const owner = controllerOf(change.object)
    return owner?.kind === 'ChaosEngine' ? [`${namespaceOf(change.object)}/${owner.name}`] : []
  }

  reconcile(key: string): Requeue | void {
    const { namespace, name } = splitKey(key)
    const engine = this.client.get({ apiVersion: LITMUS_API, kind: 'ChaosEngine', namespace, name })
    if (!engine) return
    const stuck = outcomeOf(engine) === 'stuck'
    const state = stringAt(objectAt(engine, 'spec'), 'engineState')
    const status = stringAt(objectAt(engine, 'status'), 'engineStatus')
    if (isDeleting(engine)) return stuck ? undefined : this.stopAndRelease(engine)
    if (this.initEngine(engine)) return
    if (state === 'active' && status === 'initialized') return this.running(engine)
    if (state === 'stop' && status === 'completed') return this.cleanupCompleted(engine)
    if (state === 'stop' && status === 'initialized')
      return stuck ? undefined : this.stopAndRelease(engine)
    if (state === 'active' && (status === 'stopped' || status === 'completed'))
      return this.restart(engine)
  }

  /** Returns true when it wrote (the write re-queues the engine). */
  private initEngine(engine: JsonObject): boolean {
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
    const updated = this.client.update(engine).object
    if (addFinalizer) {
      this.events.record(
        updated,
        'Normal',
        'ChaosEngineInitialized',
        `Identifying app under test & launching ${nameOf(updated)}-runner`,
        COMPONENT
      )
    }
    return true
  }

  private running(engine: JsonObject): Requeue | void {
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
        runner = this.client.create(runnerPod(engine, experiments))
      } catch (err) {
        if (err instanceof ApiError) return this.startFailed(engine)
        throw err
      }
      this.runs.set(
        uidOf(engine),
        new ExperimentRun(this.client, this.events, this.clock, this.timing)
      )
    }
    if (runnerCompleted(runner)) return this.complete(engine)
    if (stringAt(objectAt(runner, 'status'), 'phase') !== 'Running') return
    const run = this.runs.get(uidOf(engine))
    const next = run?.advance(engine, runner, experiments)
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

  private complete(engine: JsonObject): void {
    const updated = this.client.mutate(refOf(engine), (e) => {
      ensureObject(e, 'status')['engineStatus'] = 'completed'
      ensureObject(e, 'spec')['engineState'] = 'stop'
    })
    this.runs.delete(uidOf(engine))
    if (updated) {
      this.events.record(
        updated,
        'Normal',
        'ChaosEngineCompleted',
        'ChaosEngine completed, will delete or retain the resources according to jobCleanUpPolicy',
        COMPONENT
      )
    }
  }

  private cleanupCompleted(engine: JsonObject): void {
    if (stringAt(objectAt(engine, 'spec'), 'jobCleanUpPolicy') !== 'delete') return
    for (const pod of chaosPods(this.client, engine))
      if (!isDeleting(pod)) this.client.delete(refOf(pod))
  }

  /** reconcileForDelete: used for engineState: stop mid-run and for deletion. */
  private stopAndRelease(engine: JsonObject): Requeue | void {
    if (!abortEngine(this.client, this.events, this.clock, engine)) {
      return { afterMs: this.timing.operatorStepMs }
    }
    const hadRun = this.runs.delete(uidOf(engine))
    const stopped = this.client.get(refOf(engine))
    if (stopped && hadRun) {
      this.events.record(
        stopped,
        'Normal',
        'ChaosEngineStopped',
        'Chaos resources deleted successfully',
        COMPONENT
      )
    }
  }

  private restart(engine: JsonObject): void {
    for (const pod of chaosPods(this.client, engine))
      this.client.delete(refOf(pod), { gracePeriodSeconds: 0 })
    this.runs.delete(uidOf(engine))
    this.events.record(engine, 'Normal', 'RestartInProgress', 'ChaosEngine is restarted', COMPONENT)
    this.client.mutate(refOf(engine), (e) => {
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
