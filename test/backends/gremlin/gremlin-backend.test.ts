/**
 * The gremlin backend against a local server that follows Gremlin's documented request and
 * response shapes (test/gremlin/gremlin-server.ts): attacks and scenario runs created, followed
 * stage by stage to a verdict, halted, swept after a crash; 401 and 403 say what to fix; 429 waits
 * as Retry-After says and 5xx is retried, both on the injected clock and within the deadline.
 */
import type { Backend, Observation, RunContext } from '../../../src/backends/backend'
import type { BackendDeps } from '../../../src/backends/backend'
import { gremlinBackend } from '../../../src/backends/gremlin/gremlin-backend'
import type { Experiment, GremlinSpec } from '../../../src/manifest/model'
import { silentLog } from '../../../src/util/log'
import { FakeClock } from '../../fakes/clock'
import { GremlinServer } from '../../gremlin/gremlin-server'

const SCENARIO = '522ceaff-995f-43f4-acea-ff995f03f44e'
const ATTACK: GremlinSpec = {
  attack: {
    type: 'cpu',
    args: ['-c', '1', '-p', '80'],
    target: { kind: 'hosts', match: { service: ['checkout'] }, count: 1 }
  }
}

const source = { file: 'experiments/gremlin.yaml', line: 1, col: 1 }
function experiment(spec: GremlinSpec = ATTACK): Experiment {
  return {
    name: 'cpu-checkout',
    source,
    locate: () => source,
    backend: 'gremlin',
    kind: 'scenarioId' in spec ? 'Scenario' : 'Attack',
    fault: { kind: 'gremlin', spec },
    durationMs: 90_000,
    expect: 'pass',
    hypothesis: 'checkout holds'
  }
}

async function collect(stream: AsyncIterable<Observation>): Promise<Observation[]> {
  const seen: Observation[] = []
  for await (const o of stream) seen.push(o)
  return seen
}

describe('the gremlin backend over the REST API shapes', () => {
  let api: GremlinServer
  let backend: Backend
  let ctx: RunContext
  let deps: BackendDeps
  let clock: FakeClock

  beforeEach(async () => {
    api = await GremlinServer.start()
    clock = new FakeClock()
    deps = {
      clock,
      log: silentLog,
      random: () => 0,
      pid: 1,
      isProcessAlive: () => false,
      env: { GREMLIN_API_URL: api.url },
      gremlin: { teamId: api.teamId, apiKey: api.apiKey }
    }
    backend = gremlinBackend(deps)
    ctx = {
      runId: 'r1',
      clock,
      log: silentLog,
      signal: new AbortController().signal,
      labels: {},
      deadline: clock.now() + 600_000
    }
  })
  afterEach(() => api.close())

  it('creates the attack with the team, the key, a Random target and spec.duration as -l', async () => {
    expect((await backend.preflight(experiment(), ctx)).issues).toEqual([])
    const handle = await backend.submit(experiment(), ctx)
    const create = api.requests.find((r) => r.method === 'POST' && r.path === '/v1/attacks/new')
    expect(create).toMatchObject({ teamId: api.teamId, authorization: `Key ${api.apiKey}` })
    expect(create?.body).toEqual({
      command: { type: 'cpu', args: ['-c', '1', '-p', '80', '-l', '90'] },
      target: { type: 'Random', hosts: { multiSelectTags: { service: ['checkout'] } }, exact: 1 },
      includeNewTargets: false
    })
    expect(handle).toMatchObject({
      backend: 'gremlin',
      kind: 'Attack',
      data: { teamId: api.teamId }
    })
    expect(Object.keys(api.attackStages())).toEqual([handle.name])
    // A retried submit adopts the attack instead of starting a second one.
    expect(await backend.submit(experiment(), ctx)).toEqual(handle)
    expect(api.attackBodies()).toHaveLength(1)
  })

  it('containers by label with a percentage', async () => {
    await backend.submit(
      experiment({
        attack: {
          type: 'latency',
          args: ['-m', '300'],
          target: { kind: 'containers', match: { app: ['cart', 'checkout'] }, percent: 25 }
        }
      }),
      ctx
    )
    expect(api.attackBodies()[0]?.target).toEqual({
      type: 'Random',
      containers: { multiSelectLabels: { app: ['cart', 'checkout'] } },
      percent: 25
    })
  })

  it('follows every stage to Successful, with the targets hit', async () => {
    api.attackScript = [
      'Pending',
      'Distributed',
      'Initializing',
      'Running',
      'TearingDown',
      'Successful'
    ]
    const handle = await backend.submit(experiment(), ctx)
    const seen = await collect(backend.observe(handle, ctx))
    expect(seen.map((o) => [o.phase, o.message, o.terminal])).toEqual([
      ['pending', 'Gremlin attack Pending', false],
      ['pending', 'Gremlin attack Distributed', false],
      ['pending', 'Gremlin attack Initializing', false],
      ['injected', 'Gremlin attack Running', false],
      ['recovered', 'Gremlin attack TearingDown', false],
      ['finished', 'Gremlin attack Successful', true]
    ])
    expect(seen.at(-1)?.affectedTargets).toBe(1)
    // Polled on the injected clock: 1 s after each change.
    expect(clock.sleeps.every((ms) => ms === 1_000)).toBe(true)
  })

  it.each([
    ['Failed', 'failed', 'Gremlin attack Failed: impact failed on host-1'],
    ['TargetNotFound', 'failed', 'Gremlin attack TargetNotFound'],
    ['LostCommunication', 'failed', 'Gremlin attack LostCommunication'],
    ['ClientAborted', 'failed', 'Gremlin attack ClientAborted'],
    ['InitializationFailed', 'failed', 'Gremlin attack InitializationFailed'],
    ['Bewitched', 'failed', "Gremlin reported an unknown attack stage 'Bewitched'"]
  ])('%s maps to %s', async (stage, phase, message) => {
    api.attackScript = ['Running', stage]
    const handle = await backend.submit(experiment(), ctx)
    expect((await collect(backend.observe(handle, ctx))).at(-1)).toMatchObject({
      phase,
      message,
      terminal: true
    })
  })

  it('a halt the gate did not ask for is aborted; its own halt is not', async () => {
    api.attackScript = ['Running', 'Halted']
    const other = await backend.submit(experiment(), ctx)
    expect((await collect(backend.observe(other, ctx))).at(-1)).toMatchObject({
      phase: 'stopped',
      verdict: 'aborted'
    })
    api.attackScript = ['Running']
    const mine = await backend.submit(experiment(), { ...ctx, runId: 'r2' })
    await backend.abort(mine, ctx)
    const last = (await collect(backend.observe(mine, ctx))).at(-1)
    expect(last).toMatchObject({ phase: 'stopped', message: 'Gremlin attack halted by the gate' })
    expect(last?.verdict).toBeUndefined()
  })

  it('abort is DELETE /attacks/{guid}, idempotent, and a gone attack is success', async () => {
    api.attackScript = ['Running']
    const handle = await backend.submit(experiment(), ctx)
    await backend.abort(handle, ctx)
    await backend.abort(handle, ctx)
    await backend.abort({ ...handle, name: 'no-such-attack' }, ctx)
    expect(api.attackStages()[handle.name]).toBe('Halted')
    expect(api.requests.filter((r) => r.method === 'DELETE')).toHaveLength(3)
  })

  it('runs a scenario with the run stamped in its hypothesis, follows it, halts it', async () => {
    const exp = experiment({ scenarioId: SCENARIO })
    expect((await backend.preflight(exp, ctx)).issues).toEqual([])
    api.runScript = ['NotStarted', 'Active']
    const handle = await backend.submit(exp, ctx)
    expect(handle).toMatchObject({ kind: 'ScenarioRun', name: `${SCENARIO}/1` })
    const run = api.requests.find((r) => r.method === 'POST' && r.path.endsWith('/runs'))
    expect(run?.body).toEqual({
      hypothesis: 'checkout holds [chaos-gate run r1 experiment cpu-checkout]'
    })
    // A retried submit (a fresh process of the same run) adopts the active run by its stamp.
    expect(await gremlinBackend(deps).submit(exp, ctx)).toEqual(handle)
    const follow = backend.observe(handle, ctx)[Symbol.asyncIterator]()
    expect((await follow.next()).value).toMatchObject({ phase: 'pending' })
    expect((await follow.next()).value).toMatchObject({ phase: 'injected' })
    await backend.abort(handle, ctx)
    expect((await follow.next()).value).toMatchObject({
      phase: 'stopped',
      message: 'Gremlin scenario run halted by the gate'
    })
    expect(api.runStages()).toEqual({ [`${SCENARIO}/1`]: 'Halted' })
  })

  it('a scenario that fails says why', async () => {
    api.runScript = ['Active', 'Failed']
    const handle = await backend.submit(experiment({ scenarioId: SCENARIO }), ctx)
    expect((await collect(backend.observe(handle, ctx))).at(-1)).toMatchObject({
      phase: 'failed',
      message: 'Gremlin scenario run Failed: status check failed'
    })
  })

  it('cleanup after a crash halts the run recorded attacks and its stamped scenario runs, not others', async () => {
    api.attackScript = ['Running']
    api.runScript = ['Active']
    const attack = await backend.submit(experiment(), ctx)
    // The scenario run's handle never reached the run state (a crash right after its POST).
    await gremlinBackend(deps).submit(experiment({ scenarioId: SCENARIO }), ctx)
    const otherAttack = await backend.submit(experiment(), { ...ctx, runId: 'r2' })
    const otherRun = await gremlinBackend(deps).submit(experiment({ scenarioId: SCENARIO }), {
      ...ctx,
      runId: 'r2'
    })
    const fresh = gremlinBackend({ ...deps, gremlin: { apiKey: api.apiKey }, pid: 2 })
    const report = await fresh.cleanup(
      { runId: 'r1', namespaces: [`gremlin-scenario:${SCENARIO}`], handles: [attack] },
      ctx
    )
    expect(report.stuck).toEqual([])
    expect(report.deleted).toEqual([
      `Gremlin attack ${attack.name} (halt requested)`,
      `Gremlin scenario ${SCENARIO} run 1 (halt requested)`
    ])
    expect(api.attackStages()[otherAttack.name]).toBe('Running')
    expect(api.runStages()[otherRun.name]).toBe('Active')
    // Again: nothing is left, and nothing more is halted.
    const again = await fresh.cleanup(
      { runId: 'r1', namespaces: [`gremlin-scenario:${SCENARIO}`], handles: [attack] },
      ctx
    )
    expect(again.deleted).toEqual([])
  })

  it('401: preflight says the key was not accepted and how to set it, without the key', async () => {
    const bad = gremlinBackend({
      ...deps,
      gremlin: { teamId: api.teamId, apiKey: 'revoked-key-1' }
    })
    const [issue] = (await bad.preflight(experiment(), ctx)).issues
    expect(issue?.message).toContain('401 Unauthorized: invalid or expired API key')
    expect(issue?.message).toContain(
      'set gremlin-api-key (GREMLIN_API_KEY) to a current team API key'
    )
    expect(issue?.message).not.toContain('revoked-key-1')
    expect(api.requests).toHaveLength(1)
  })

  it('403: preflight names the team and what the key needs', async () => {
    const other = gremlinBackend({ ...deps, gremlin: { teamId: 'other-team', apiKey: api.apiKey } })
    const [issue] = (await other.preflight(experiment(), ctx)).issues
    expect(issue?.message).toContain('403')
    expect(issue?.message).toContain(
      'may not do this in team other-team: set gremlin-team-id (GREMLIN_TEAM_ID) to the team the key belongs to'
    )
  })

  it('missing team or key is a preflight problem, with nothing sent', async () => {
    const none = gremlinBackend({ ...deps, gremlin: {}, env: { GREMLIN_API_URL: api.url } })
    const [issue] = (await none.preflight(experiment(), ctx)).issues
    expect(issue?.message).toBe(
      'Gremlin needs the team id (gremlin-team-id input, --gremlin-team-id or GREMLIN_TEAM_ID) and the API key (gremlin-api-key input or GREMLIN_API_KEY)'
    )
    expect(api.requests).toEqual([])
  })

  it('a scenario the team does not have is named in preflight', async () => {
    const missing = experiment({ scenarioId: '00000000-0000-4000-8000-000000000000' })
    expect((await backend.preflight(missing, ctx)).issues[0]?.message).toBe(
      `Gremlin team ${api.teamId} has no scenario 00000000-0000-4000-8000-000000000000`
    )
  })

  it('429 waits as long as Retry-After says, then succeeds', async () => {
    api.failNext = [{ status: 429, retryAfter: '7' }]
    const handle = await backend.submit(experiment(), ctx)
    expect(clock.sleeps).toEqual([7_000])
    expect(api.requests.filter((r) => r.path === '/v1/attacks/new')).toHaveLength(2)
    expect(api.attackStages()).toEqual({ [handle.name]: 'Pending' })
  })

  it('429 with a Retry-After past the deadline fails at once, naming the wait', async () => {
    api.failNext = [{ status: 429, retryAfter: '3600' }]
    await expect(backend.submit(experiment(), ctx)).rejects.toThrow(
      'Gremlin asks to wait 3600s, longer than the gate waits'
    )
    expect(clock.sleeps).toEqual([])
  })

  it('5xx on a read is retried with a doubling back-off, within bounds', async () => {
    api.attackScript = ['Running']
    const handle = await backend.submit(experiment(), ctx)
    api.failNext = [{ status: 503 }, { status: 500 }]
    await backend.abort(handle, ctx)
    expect(clock.sleeps).toEqual([500, 1_000])
    expect(api.attackStages()[handle.name]).toBe('Halted')
  })

  it('5xx that persists fails after four attempts', async () => {
    api.failNext = [{ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 }]
    await expect(
      backend.abort(
        {
          backend: 'gremlin',
          experiment: 'x',
          kind: 'Attack',
          name: 'g',
          data: { teamId: api.teamId }
        },
        ctx
      )
    ).rejects.toThrow(/gremlin: halt attack .* failed: 502/)
    expect(clock.sleeps).toEqual([500, 1_000, 2_000])
  })

  it('a 500 on create is not retried: the attack may exist, and a second would double the blast radius', async () => {
    api.failNext = [{ status: 500 }]
    await expect(backend.submit(experiment(), ctx)).rejects.toThrow(/500/)
    expect(api.requests.filter((r) => r.path === '/v1/attacks/new')).toHaveLength(1)
  })
})
