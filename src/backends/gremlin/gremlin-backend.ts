/**
 * The `gremlin` backend: Gremlin attacks and scenarios through its REST API. Created: an attack
 * (`POST /attacks/new`, its length spec.duration) or a scenario run (`POST /scenarios/{id}/runs`,
 * its hypothesis stamped with the run id, the one field of a run the API lets the gate write).
 * Found again: by guid or run number from the handle, and scenario runs by that stamp. Followed:
 * the stage, polled. Stopped: abort halts the attack (`DELETE /attacks/{guid}`) or the run
 * (`POST /scenarios/halt/{id}/runs/{n}`); cleanup halts whatever of the run is still active.
 */
import type { Experiment, GremlinSpec, GremlinTarget } from '../../manifest/model'
import { errorMessage, type Issue } from '../../util/errors'
import type {
  Backend,
  CleanupReport,
  Handle,
  Observation,
  PreflightReport,
  RunContext,
  RunSelector
} from '../backend'
import type { BackendDeps } from '../backend'
import { preflightFailed, unsupportedFault } from '../backend-issues'
import { pollObservations } from '../poll-follow'
import { type AttackRequest, GremlinApi, type GremlinConnection } from './gremlin-api'
import { sweepGremlin } from './gremlin-cleanup'
import { gremlinConnection } from './gremlin-connection'
import { attackObservation, scenarioObservation } from './gremlin-observation'
import { ACTIVE_RUN, runMarker } from './gremlin-runs'

export function gremlinBackend(deps: BackendDeps): Backend {
  return new GremlinBackend(deps)
}

class GremlinBackend implements Backend {
  readonly kind = 'gremlin' as const
  /** Attacks and runs this process halted, so their `Halted` is not read as Gremlin's own stop. */
  private readonly haltedByGate = new Set<string>()
  /** Submitted faults by run and experiment, so a retried submit adopts the first. */
  private readonly submitted = new Map<string, Handle>()

  constructor(private readonly deps: BackendDeps) {}

  check(exp: Experiment): readonly Issue[] {
    return exp.fault.kind === 'gremlin'
      ? []
      : [unsupportedFault(exp, 'gremlin', 'spec.gremlin attacks and scenarios')]
  }

  async preflight(exp: Experiment, ctx: RunContext): Promise<PreflightReport> {
    const spec = specOf(exp)
    const conn = gremlinConnection(this.deps)
    if ('missing' in conn)
      return preflightFailed(
        exp,
        'gremlin',
        [],
        conn.missing,
        'On GitHub, pass secrets.GREMLIN_API_KEY as gremlin-api-key and the team id as gremlin-team-id; on the command line, export GREMLIN_API_KEY and GREMLIN_TEAM_ID.'
      )
    const api = this.api(conn, ctx)
    try {
      if ('scenarioId' in spec) {
        if (!(await api.scenarioExists(spec.scenarioId)))
          return preflightFailed(
            exp,
            'gremlin',
            ['spec', 'gremlin', 'scenarioId'],
            `Gremlin team ${conn.teamId} has no scenario ${spec.scenarioId}`,
            "Check the id (Gremlin: Scenarios → the scenario's URL) and that gremlin-team-id is the scenario's team."
          )
      } else {
        // Proves the key, the team and the endpoint before anything is created.
        await api.activeAttacks()
      }
    } catch (err) {
      return preflightFailed(
        exp,
        'gremlin',
        [],
        `Gremlin is not usable: ${errorMessage(err)}`,
        'Check gremlin-team-id, gremlin-api-key and that api.gremlin.com is reachable from the runner.'
      )
    }
    return { warnings: [], issues: [] }
  }

  async submit(exp: Experiment, ctx: RunContext): Promise<Handle> {
    const k = `${ctx.runId}/${exp.name}`
    const existing = this.submitted.get(k)
    if (existing) return existing
    const spec = specOf(exp)
    const conn = this.connection()
    const api = this.api(conn, ctx)
    const handle =
      'scenarioId' in spec
        ? await this.runScenario(api, conn, exp, spec.scenarioId, ctx)
        : {
            backend: 'gremlin' as const,
            experiment: exp.name,
            kind: 'Attack',
            name: await api.createAttack(attackRequest(spec, exp.durationMs ?? 0)),
            data: { teamId: conn.teamId }
          }
    this.submitted.set(k, handle)
    return handle
  }

  observe(handle: Handle, ctx: RunContext): AsyncIterable<Observation> {
    const api = this.api(this.connection(handle), ctx)
    const halted = (): boolean => this.haltedByGate.has(handle.name)
    const scenario = scenarioOf(handle)
    if (scenario) {
      return pollObservations(async () => {
        const run = await api.scenarioRun(scenario.id, scenario.run)
        return run
          ? scenarioObservation(run, scenario.id, ctx.clock.now(), halted())
          : gone(ctx, `Gremlin scenario ${scenario.id} has no run ${scenario.run}`)
      }, ctx)
    }
    return pollObservations(async () => {
      const attack = await api.attack(handle.name)
      return attack
        ? attackObservation(attack, ctx.clock.now(), halted())
        : gone(ctx, `Gremlin attack ${handle.name} no longer exists`)
    }, ctx)
  }

  async abort(handle: Handle, ctx: RunContext): Promise<void> {
    this.haltedByGate.add(handle.name)
    const api = this.api(this.connection(handle), ctx)
    const scenario = scenarioOf(handle)
    const result = scenario
      ? await api.haltScenarioRun(scenario.id, scenario.run)
      : await api.haltAttack(handle.name)
    ctx.log.debug(`Gremlin halt ${handle.kind} ${handle.name}: ${result}`)
  }

  cleanup(selector: RunSelector, ctx: RunContext): Promise<CleanupReport> {
    return sweepGremlin(selector, ctx, (teamId) =>
      this.api(this.connection(undefined, teamId), ctx)
    )
  }

  /** Runs the scenario, or adopts a run this run already started (found by its stamp). */
  private async runScenario(
    api: GremlinApi,
    conn: GremlinConnection,
    exp: Experiment,
    id: string,
    ctx: RunContext
  ): Promise<Handle> {
    const marker = runMarker(ctx.runId, exp.name)
    const runs = await api.scenarioRuns(id)
    const mine = runs.find(
      (r) => r.hypothesis?.includes(marker) === true && ACTIVE_RUN.has(r.stage_info.stage)
    )
    const run =
      mine?.run_number !== undefined
        ? String(mine.run_number)
        : await api.runScenario(
            id,
            `${exp.hypothesis ?? `chaos-gate experiment ${exp.name}`} ${marker}`
          )
    return {
      backend: 'gremlin',
      experiment: exp.name,
      kind: 'ScenarioRun',
      name: `${id}/${run}`,
      data: { teamId: conn.teamId, scenarioId: id, run }
    }
  }

  private connection(handle?: Handle, teamId?: string): GremlinConnection {
    const conn = gremlinConnection(this.deps, teamId ?? handle?.data?.teamId)
    if ('missing' in conn) throw new Error(conn.missing)
    return conn
  }

  private api(conn: GremlinConnection, ctx: RunContext): GremlinApi {
    return new GremlinApi(conn, ctx.clock, ctx.signal, ctx.deadline)
  }
}

/** The body of `POST /attacks/new`: a Random target among the tagged hosts or labelled containers. */
export function attackRequest(
  spec: Extract<GremlinSpec, { attack: unknown }>,
  durationMs: number
): AttackRequest {
  const { type, args, target } = spec.attack
  return {
    command: { type, args: [...args, '-l', String(Math.max(1, Math.round(durationMs / 1000)))] },
    target: targetBody(target),
    // A client that joins mid-attack is not hit: the count the policy allowed is the count hit.
    includeNewTargets: false
  }
}

function targetBody(t: GremlinTarget): Record<string, unknown> {
  const match = Object.fromEntries(Object.entries(t.match).map(([k, v]) => [k, [...v]]))
  return {
    type: 'Random',
    ...(t.kind === 'hosts'
      ? { hosts: { multiSelectTags: match } }
      : { containers: { multiSelectLabels: match } }),
    ...(t.count !== undefined ? { exact: t.count } : { percent: t.percent ?? 100 })
  }
}

function scenarioOf(handle: Handle): { id: string; run: string } | undefined {
  const id = handle.data?.scenarioId
  const run = handle.data?.run
  return handle.kind === 'ScenarioRun' && id && run ? { id, run } : undefined
}

function gone(ctx: RunContext, message: string): Observation {
  return { at: ctx.clock.now(), phase: 'failed', message, terminal: true }
}

function specOf(exp: Experiment): GremlinSpec {
  if (exp.fault.kind !== 'gremlin')
    throw new Error(`the gremlin backend runs spec.gremlin faults, not ${exp.fault.kind}`)
  return exp.fault.spec
}
