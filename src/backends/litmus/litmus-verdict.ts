/**
 * The Litmus verdict as a pure function of the engine and its results (docs/backends/litmus.md, "What happens"): each
 * declared experiment is done once its ChaosResult has a final verdict (litmus-go writes it after
 * reverting the fault), or once the engine is completed/stopped with no experiment still waiting or
 * running. Pass → pass; Fail → fail with the failed step and probe statuses; Error → error;
 * Stopped → stopped, saying whether chaos-gate stopped it.
 */
import type { Observation } from '../backend'
import type { DeclaredExperiment, EngineView, ResultView } from './litmus-status'

type State = 'waiting' | 'running' | 'pass' | 'fail' | 'stopped' | 'error'

interface Outcome {
  readonly experiment: string
  readonly state: State
  readonly text: string
  readonly result: ResultView | undefined
}

const FINAL: readonly State[] = ['pass', 'fail', 'stopped', 'error']
/** Worst first: the order in which one experiment's outcome decides a multi-experiment engine. */
const SEVERITY: readonly State[] = ['error', 'fail', 'stopped', 'running', 'waiting', 'pass']

/** One look at the engine (undefined when it no longer exists) and the results tied to it. */
export function litmusObservation(
  engine: EngineView | undefined,
  results: readonly ResultView[],
  at: number
): Observation {
  if (!engine)
    return {
      at,
      phase: 'failed',
      verdict: 'error',
      message: 'the ChaosEngine was deleted by someone else while the gate followed it',
      terminal: true
    }
  const outcomes = engine.declared.map((d) => outcomeOf(engine, d, results))
  const worst = SEVERITY.find((s) => outcomes.some((o) => o.state === s)) ?? 'waiting'
  const terminal = outcomes.length > 0 && outcomes.every((o) => FINAL.includes(o.state))
  // Sequential experiments: once one has started, the engine is injecting even if the next waits.
  const started = outcomes.some((o) => o.state !== 'waiting')
  const targets = outcomes.flatMap((o) =>
    o.result?.targets === undefined ? [] : [o.result.targets]
  )
  return {
    at,
    phase: phaseOf(worst, terminal, started),
    ...verdictOf(worst, terminal, started),
    ...(targets.length > 0 ? { affectedTargets: targets.reduce((a, b) => a + b, 0) } : {}),
    message:
      outcomes.length > 0
        ? outcomes.map((o) => o.text).join('; ')
        : 'the ChaosEngine lists no experiments',
    details: detailsOf(engine, outcomes),
    terminal
  }
}

function outcomeOf(
  engine: EngineView,
  d: DeclaredExperiment,
  results: readonly ResultView[]
): Outcome {
  const result =
    results.find((r) => r.name === d.resultName) ?? results.find((r) => r.experiment === d.name)
  const entry = engine.experiments.get(d.name)
  const make = (state: State, text: string): Outcome => ({
    experiment: d.name,
    state,
    text,
    result
  })
  switch (result?.verdict) {
    case 'Pass':
      return make('pass', `${d.name}: Pass${percent(result)}`)
    case 'Fail':
      return make('fail', `${d.name}: Fail${failure(result)}${probes(result)}${percent(result)}`)
    case 'Error':
      return make('error', `${d.name}: Error${failure(result)}`)
    case 'Stopped':
      return make('stopped', `${d.name}: Stopped ${stoppedBy(engine)}${failure(result)}`)
  }
  if (entry?.status === 'ChaosExperiment Not Found')
    return make(
      'error',
      `${d.name}: the ChaosExperiment ${d.name} does not exist in the engine's namespace`
    )
  if (entry?.status === 'Forcefully Aborted')
    return make('stopped', `${d.name}: Stopped ${stoppedBy(engine)}`)
  if (entry?.status === 'Skipped') return make('error', `${d.name}: the chaos-runner skipped it`)
  if (result || entry?.status === 'Running')
    return make(
      'running',
      `${d.name} is running (ChaosResult ${d.resultName}: ${result?.verdict ?? 'not written yet'})`
    )
  if (entry?.status === 'Completed' && !isDone(engine))
    return make(
      'running',
      `${d.name} finished (the chaos-runner reports ${entry.verdict ?? 'no verdict'}); reading ChaosResult ${d.resultName}`
    )
  if (engine.engineStatus === 'stopped')
    return make('stopped', `${d.name}: Stopped before it ran, ${stoppedBy(engine)}`)
  if (engine.engineStatus === 'completed')
    return make(
      'error',
      `${d.name}: the engine completed but no ChaosResult ${d.resultName} was written`
    )
  return make(
    'waiting',
    engine.engineStatus
      ? `waiting for the chaos-runner to start ${d.name} (engineStatus: ${engine.engineStatus})`
      : `waiting for the Litmus chaos-operator to pick up ChaosEngine ${engine.name} (no status yet)`
  )
}

const isDone = (engine: EngineView): boolean =>
  engine.engineStatus === 'completed' || engine.engineStatus === 'stopped'

/**
 * True when the engine reports an experiment finished whose ChaosResult is not in `results`. The
 * engine and its results arrive on different watch streams, so the engine can be seen completed
 * before the result it was completed from; the caller reads the results afresh before deciding.
 */
export function resultsLag(engine: EngineView, results: readonly ResultView[]): boolean {
  return engine.declared.some((d) => {
    const seen = results.some((r) => r.name === d.resultName || r.experiment === d.name)
    const finished = engine.experiments.get(d.name)?.status === 'Completed' || isDone(engine)
    return finished && !seen
  })
}

function phaseOf(worst: State, terminal: boolean, started: boolean): Observation['phase'] {
  if (!terminal) return started ? 'injected' : 'pending'
  if (worst === 'error') return 'failed'
  return worst === 'stopped' ? 'stopped' : 'finished'
}

function verdictOf(
  worst: State,
  terminal: boolean,
  started: boolean
): Pick<Observation, 'verdict'> {
  if (!terminal) return started ? { verdict: 'awaited' } : {}
  const verdicts = { pass: 'pass', fail: 'fail', stopped: 'stopped', error: 'error' } as const
  return worst === 'running' || worst === 'waiting' ? {} : { verdict: verdicts[worst] }
}

function stoppedBy(engine: EngineView): string {
  return engine.abortedAt
    ? `by chaos-gate (engineState: stop at ${engine.abortedAt})`
    : `outside chaos-gate: someone set engineState: stop, or the operator stopped the engine because its appinfo or selectors are invalid (kubectl describe chaosengine ${engine.name})`
}

function failure(r: ResultView): string {
  const parts = [
    r.phase && `phase ${r.phase}`,
    r.errorCode && `[${r.errorCode}]`,
    r.reason ?? (r.failStep && r.failStep !== 'N/A' ? `failed step: ${r.failStep}` : undefined)
  ].filter(Boolean)
  return parts.length > 0 ? ` (${parts.join(' ')})` : ''
}

function probes(r: ResultView): string {
  if (r.probes.length === 0) return ''
  const list = r.probes.map((p) => {
    const how = [p.type, p.mode].filter(Boolean).join(', ')
    const why = p.verdict === 'Failed' && p.description ? `: ${p.description}` : ''
    return `${p.name}${how ? ` (${how})` : ''} ${p.verdict ?? 'Awaited'}${why}`
  })
  return `; probes: ${list.join(', ')}`
}

function percent(r: ResultView): string {
  const p = r.probeSuccessPercentage
  return p && p !== 'Awaited' && r.probes.length > 0 ? `; probe success ${p}%` : ''
}

/** Backend facts for the report; keys are prefixed with the experiment when there are several. */
function detailsOf(engine: EngineView, outcomes: readonly Outcome[]): Record<string, string> {
  const details: Record<string, string> = { engine: engine.name }
  if (engine.engineStatus) details.engineStatus = engine.engineStatus
  for (const o of outcomes) {
    const prefix = outcomes.length > 1 ? `${o.experiment}.` : ''
    const r = o.result
    const facts: Record<string, string | undefined> = {
      result: r?.name,
      verdict: r?.verdict,
      phase: r?.phase,
      probeSuccessPercentage: r?.probeSuccessPercentage,
      failStep: r?.failStep,
      errorCode: r?.errorCode,
      reason: r?.reason,
      probes:
        r && r.probes.length > 0
          ? r.probes.map((p) => `${p.name}=${p.verdict ?? 'Awaited'}`).join(', ')
          : undefined
    }
    for (const [key, value] of Object.entries(facts))
      if (value !== undefined) details[`${prefix}${key}`] = value
  }
  return details
}
