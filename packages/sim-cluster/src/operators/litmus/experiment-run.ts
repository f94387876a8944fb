import type { Clock } from '../../clock'
import type { JsonObject } from '../../core/json'
import { labelsOf, nameOf, namespaceOf, timestamp } from '../../core/meta'
import type { OperatorTiming } from '../../options'
import { outcomeOf } from '../outcome'
import type { HttpEventRecorder } from '../runtime/event-recorder'
import { type OperatorClient, refOf } from '../runtime/operator-client'
import { completePod, experimentPod, isRunning } from './chaos-pods'
import { type ExperimentEnd, finishResult, startedResult, verdictOf } from './chaos-result'
import { EngineExperiments } from './engine-experiments'
import { type ExperimentSpec, LITMUS_API, resultName } from './engine-spec'
import { injectChaos, resolveTargets } from './targets'

/** Where one engine's run stands (the state the runner and experiment processes would hold). */
interface RunState {
  index: number
  phase: 'starting' | 'next' | 'job-pending' | 'chaos' | 'done'
  jobPod?: string
  chaosEndsAt?: number
  nextInjectionAt?: number
  end?: ExperimentEnd
  targets: string[]
}

/**
 * The chaos-runner and the experiment pods of one ChaosEngine: experiments run one after the
 * other; each creates or patches its ChaosResult, injects for TOTAL_CHAOS_DURATION (pod-delete
 * really deletes target pods every CHAOS_INTERVAL), then writes the verdict the outcome
 * annotation scripts and reports it in the engine's status.experiments[].
 */
export class ExperimentRun {
  private readonly state: RunState = { index: 0, phase: 'starting', targets: [] }
  private readonly experiments: EngineExperiments

  constructor(
    private readonly client: OperatorClient,
    private readonly events: HttpEventRecorder,
    private readonly clock: Clock,
    private readonly timing: OperatorTiming
  ) {
    this.experiments = new EngineExperiments(client, () => this.now())
  }

  /** Advances as far as the cluster allows; returns ms until the next timed step. */
  async advance(
    engine: JsonObject,
    runner: JsonObject,
    experiments: readonly ExperimentSpec[]
  ): Promise<number | undefined> {
    const s = this.state
    if (s.phase === 'starting') {
      await this.experiments.initialise(
        engine,
        experiments.map((e) => e.name),
        nameOf(runner)
      )
      s.phase = 'next'
    }
    while (s.phase === 'next') await this.launchNext(engine, runner, experiments)
    const experiment = experiments[s.index]
    if (!experiment) return undefined
    if (s.phase === 'job-pending') return this.startChaos(engine, experiment)
    if (s.phase === 'chaos') return this.continueChaos(engine, experiment)
    return undefined
  }

  /** The runner's loop step: launch the next experiment's job, skip a missing one, or finish. */
  private async launchNext(
    engine: JsonObject,
    runner: JsonObject,
    experiments: readonly ExperimentSpec[]
  ): Promise<void> {
    const s = this.state
    const experiment = experiments[s.index]
    if (!experiment) {
      await this.client.mutate(refOf(runner), (pod) => completePod(pod, this.clock.now()), true)
      s.phase = 'done'
      return
    }
    const definition = this.client.get({
      apiVersion: LITMUS_API,
      kind: 'ChaosExperiment',
      namespace: namespaceOf(engine),
      name: experiment.name
    })
    if (!definition) {
      await this.experiments.set(engine, s.index, {
        status: 'ChaosExperiment Not Found',
        verdict: 'Fail',
        experimentPod: 'N/A'
      })
      s.index++
      return
    }
    s.jobPod = nameOf(await this.client.create(experimentPod(engine, experiment, definition)))
    s.phase = 'job-pending'
    await this.experiments.set(engine, s.index, {
      status: 'Running',
      verdict: 'Awaited',
      experimentPod: s.jobPod
    })
  }

  private async startChaos(
    engine: JsonObject,
    experiment: ExperimentSpec
  ): Promise<number | undefined> {
    const pod = this.jobPod(engine)
    if (!isRunning(pod) || !pod) return undefined
    const s = this.state
    const ref = {
      apiVersion: LITMUS_API,
      kind: 'ChaosResult',
      namespace: namespaceOf(engine),
      name: resultName(nameOf(engine), experiment)
    }
    const existing = this.client.get(ref)
    const started = startedResult(engine, experiment, labelsOf(pod)['job-name'] ?? '', existing)
    if (existing) await this.client.update(started)
    else await this.client.create(started)
    const targets = resolveTargets(this.client, engine)
    const outcome = outcomeOf(engine)
    if (targets.error)
      s.end = { kind: 'error', errorCode: 'TARGET_SELECTION_ERROR', reason: targets.error }
    else if (outcome === 'error')
      s.end = {
        kind: 'error',
        errorCode: 'STATUS_CHECKS_ERROR',
        reason: statusCheckError(nameOf(pod))
      }
    const seconds = Number(experiment.env['TOTAL_CHAOS_DURATION'] ?? '') || 30
    s.chaosEndsAt =
      this.clock.now() + (s.end ? this.timing.operatorStepMs : seconds * this.timing.chaosSecondMs)
    s.nextInjectionAt = this.clock.now()
    s.phase = 'chaos'
    return this.continueChaos(engine, experiment)
  }

  private async continueChaos(
    engine: JsonObject,
    experiment: ExperimentSpec
  ): Promise<number | undefined> {
    const s = this.state
    if (outcomeOf(engine) === 'stuck') return undefined
    const now = this.clock.now()
    const ends = s.chaosEndsAt ?? now
    if (!s.end && s.nextInjectionAt !== undefined && s.nextInjectionAt <= now && now < ends) {
      s.targets.push(...(await injectChaos(this.client, engine, experiment)))
      const interval = Number(experiment.env['CHAOS_INTERVAL'] ?? '') || 10
      s.nextInjectionAt += interval * this.timing.chaosSecondMs
    }
    if (now < ends) return Math.max(1, Math.min(ends, s.nextInjectionAt ?? ends) - now)
    await this.finish(
      engine,
      experiment,
      s.end ?? { kind: outcomeOf(engine) === 'fail' ? 'fail' : 'pass' }
    )
    return 0
  }

  private async finish(
    engine: JsonObject,
    experiment: ExperimentSpec,
    end: ExperimentEnd
  ): Promise<void> {
    const s = this.state
    const ref = {
      apiVersion: LITMUS_API,
      kind: 'ChaosResult',
      namespace: namespaceOf(engine),
      name: resultName(nameOf(engine), experiment)
    }
    const targets = [...new Set(s.targets)]
    const current = this.client.get(ref)
    if (current) finishResult(current, end, targets)
    const verdict = verdictOf(current)
    // The verdict events before the verdict: the client sends them ahead of its next write.
    if (current) {
      const type = verdict === 'Pass' ? 'Normal' : 'Warning'
      this.events.record(
        current,
        type,
        verdict,
        `experiment: ${experiment.name}, Result: ${verdict}`,
        s.jobPod ?? 'litmus'
      )
      this.events.record(
        engine,
        type,
        'Summary',
        `${experiment.name} experiment has been ${verdict}ed`,
        s.jobPod ?? 'litmus'
      )
    }
    await this.client.mutate(ref, (r) => finishResult(r, end, targets))
    const podRef = {
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: namespaceOf(engine),
      name: s.jobPod ?? ''
    }
    await this.client.mutate(podRef, (pod) => completePod(pod, this.clock.now()), true)
    await this.experiments.set(engine, s.index, {
      status: 'Completed',
      verdict,
      experimentPod: s.jobPod ?? ''
    })
    s.index++
    s.targets = []
    delete s.end
    s.phase = 'next'
  }

  private jobPod(engine: JsonObject): JsonObject | undefined {
    return this.state.jobPod
      ? this.client.get({
          apiVersion: 'v1',
          kind: 'Pod',
          namespace: namespaceOf(engine),
          name: this.state.jobPod
        })
      : undefined
  }

  private now(): string {
    return timestamp(this.clock.now())
  }
}

function statusCheckError(source: string): string {
  return JSON.stringify({
    source,
    errorCode: 'STATUS_CHECKS_ERROR',
    phase: 'PreChaos',
    reason:
      'simulated: application pods are not in running state (sim.chaos-gate.dev/outcome: error)'
  })
}
