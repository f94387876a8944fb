/**
 * One Gremlin attack or scenario run as an Observation. Every stage Gremlin reports is mapped to a
 * phase: an attack goes Pending → Distributed → Initializing → Running → TearingDown →
 * Successful, or ends Failed, InitializationFailed, TargetNotFound, LostCommunication,
 * ClientAborted or Halted; a scenario run goes NotStarted → Active → Successful, or ends Failed or
 * Halted. A halt the gate did not ask for is Gremlin's own safety stop (a scenario's status check,
 * a person pressing Halt): an `aborted` verdict, as for an FIS stop condition.
 */
import type { FaultPhase, Observation } from '../backend'
import type { GremlinAttack, GremlinScenarioRun } from './gremlin-api'

interface Mapped {
  readonly phase: FaultPhase
  readonly terminal: boolean
}

const ATTACK_STAGES: Readonly<Record<string, Mapped>> = {
  Pending: { phase: 'pending', terminal: false },
  Distributed: { phase: 'pending', terminal: false },
  Initializing: { phase: 'pending', terminal: false },
  Running: { phase: 'injected', terminal: false },
  // Still in effect until the clients confirm the halt.
  HaltRequested: { phase: 'injected', terminal: false },
  HaltDistributed: { phase: 'injected', terminal: false },
  RollbackStarted: { phase: 'recovered', terminal: false },
  TearingDown: { phase: 'recovered', terminal: false },
  Successful: { phase: 'finished', terminal: true },
  Halted: { phase: 'stopped', terminal: true },
  UserHalted: { phase: 'stopped', terminal: true },
  Failed: { phase: 'failed', terminal: true },
  InitializationFailed: { phase: 'failed', terminal: true },
  TargetNotFound: { phase: 'failed', terminal: true },
  LostCommunication: { phase: 'failed', terminal: true },
  ClientAborted: { phase: 'failed', terminal: true },
  RollbackTriggered: { phase: 'failed', terminal: true }
}

const SCENARIO_STAGES: Readonly<Record<string, Mapped>> = {
  NotStarted: { phase: 'pending', terminal: false },
  Pending: { phase: 'pending', terminal: false },
  Active: { phase: 'injected', terminal: false },
  Running: { phase: 'injected', terminal: false },
  HaltRequested: { phase: 'injected', terminal: false },
  Successful: { phase: 'finished', terminal: true },
  Completed: { phase: 'finished', terminal: true },
  Halted: { phase: 'stopped', terminal: true },
  Failed: { phase: 'failed', terminal: true }
}

/** Coarse lifecycle Gremlin reports beside the stage, for a stage this build does not know. */
const LIFECYCLE: Readonly<Record<string, Mapped>> = {
  NotStarted: { phase: 'pending', terminal: false },
  Active: { phase: 'injected', terminal: false }
}

/** The observation for an attack's current stage. */
export function attackObservation(
  attack: GremlinAttack,
  at: number,
  haltedByGate: boolean
): Observation {
  const stage = attack.stage
  const known = ATTACK_STAGES[stage] ?? LIFECYCLE[attack.stageLifecycle ?? '']
  const output = attack.output ? `: ${attack.output}` : ''
  const targets = attack.targets ?? undefined
  const base = {
    at,
    details: { attackId: attack.guid, stage },
    ...(targets && known?.phase !== 'pending' ? { affectedTargets: targets.length } : {})
  }
  if (!known)
    return {
      ...base,
      phase: 'failed',
      message: `Gremlin reported an unknown attack stage '${stage}'${output}`,
      terminal: true
    }
  if (known.phase === 'stopped') return halted(base, 'attack', haltedByGate, output)
  return { ...base, ...known, message: `Gremlin attack ${stage}${output}` }
}

/** The observation for a scenario run's current stage. */
export function scenarioObservation(
  run: GremlinScenarioRun,
  id: string,
  at: number,
  haltedByGate: boolean
): Observation {
  const stage = run.stage_info.stage
  const known = SCENARIO_STAGES[stage]
  const meta = run.stage_info.stageMetadata ?? {}
  const reason = [meta.failedReason, meta.haltReason, meta.reason].find(
    (v): v is string => typeof v === 'string' && v !== ''
  )
  const said = reason === undefined ? '' : `: ${reason}`
  const base = { at, details: { scenarioId: id, runNumber: String(run.run_number ?? ''), stage } }
  if (!known)
    return {
      ...base,
      phase: 'failed',
      message: `Gremlin reported an unknown scenario stage '${stage}'${said}`,
      terminal: true
    }
  if (known.phase === 'stopped') return halted(base, 'scenario run', haltedByGate, said)
  return { ...base, ...known, message: `Gremlin scenario run ${stage}${said}` }
}

function halted(
  base: Pick<Observation, 'at' | 'details' | 'affectedTargets'>,
  what: string,
  haltedByGate: boolean,
  said: string
): Observation {
  if (haltedByGate)
    return {
      ...base,
      phase: 'stopped',
      message: `Gremlin ${what} halted by the gate${said}`,
      terminal: true
    }
  return {
    ...base,
    phase: 'stopped',
    verdict: 'aborted',
    message: `Gremlin halted the ${what} itself (a status check, or someone pressed Halt)${said}`,
    terminal: true
  }
}
