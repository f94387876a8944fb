/**
 * The aws-fis backend through the real @aws-sdk/client-fis against a local FIS-compatible endpoint
 * (test/aws-fis/fis-server.ts). The SDK parses every response, so a field that does not follow the
 * FIS API reference fails these tests. Credentials come from the SDK's default chain (here the
 * environment variables it reads).
 */
import { logger as smithyLogger } from '@smithy/smithy-client'

import { awsFisBackend } from '../../../src/backends/aws-fis/aws-fis-backend'
import type { Backend, Observation, RunContext } from '../../../src/backends/backend'
import type { BackendDeps } from '../../../src/backends/backend'
import type { Experiment } from '../../../src/manifest/model'
import { silentLog } from '../../../src/util/log'
import { FisServer } from '../../aws-fis/fis-server'
import { FakeClock } from '../../fakes/clock'

const TEMPLATE = {
  description: 'stop one instance',
  targets: {
    web: {
      resourceType: 'aws:ec2:instance',
      resourceTags: { app: 'web' },
      selectionMode: 'COUNT(1)'
    }
  },
  actions: {
    stop: {
      actionId: 'aws:ec2:stop-instances',
      parameters: { startInstancesAfterDuration: 'PT2M' },
      targets: { Instances: 'web' }
    }
  },
  stopConditions: [
    {
      source: 'aws:cloudwatch:alarm',
      value: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-5xx'
    }
  ],
  roleArn: 'arn:aws:iam::123456789012:role/fis'
}

const source = { file: 'experiments/fis.yaml', line: 1, col: 1 }
function experiment(
  spec: Partial<{ template: Record<string, unknown>; templateId: string }> = {}
): Experiment {
  return {
    name: 'stop-web',
    source,
    locate: () => source,
    backend: 'aws-fis',
    kind: 'ExperimentTemplate',
    fault: { kind: 'aws-fis', spec: Object.keys(spec).length > 0 ? spec : { template: TEMPLATE } },
    durationMs: 120_000,
    expect: 'pass'
  }
}

async function collect(stream: AsyncIterable<Observation>): Promise<Observation[]> {
  const seen: Observation[] = []
  for await (const o of stream) seen.push(o)
  return seen
}

describe('the aws-fis backend through the real SDK', () => {
  let fis: FisServer
  let backend: Backend
  let ctx: RunContext
  let deps: BackendDeps
  const saved = { ...process.env }

  beforeAll(() => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE'
    process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
  })
  afterAll(() => {
    process.env = saved
  })
  beforeEach(async () => {
    fis = await FisServer.start()
    const clock = new FakeClock()
    deps = {
      clock,
      log: silentLog,
      random: () => 0,
      pid: 1,
      isProcessAlive: () => false,
      env: { AWS_ENDPOINT_URL_FIS: fis.url, AWS_REGION: 'us-east-1' }
    }
    backend = awsFisBackend(deps)
    ctx = {
      runId: 'r1',
      clock,
      log: silentLog,
      signal: new AbortController().signal,
      labels: {},
      deadline: Infinity
    }
  })
  // The SDK's parsers coerce some wrong types with a warning (through @smithy/smithy-client's
  // logger, the SDK's own dependency) instead of throwing; a warning fails the test as a rejection
  // would, so every response must match the reference type for type.
  let warned: jest.SpyInstance<void, unknown[]>
  beforeEach(() => {
    warned = jest.spyOn(smithyLogger, 'warn').mockImplementation(() => undefined)
  })
  afterEach(async () => {
    const calls = warned.mock.calls.map((c: unknown[]) => String(c[0]))
    warned.mockRestore()
    await fis.close()
    expect(calls).toEqual([])
  })

  it('creates the template and starts it, both tagged with the run id, signed by the default chain', async () => {
    expect((await backend.preflight(experiment(), ctx)).issues).toEqual([])
    const handle = await backend.submit(experiment(), ctx)
    const create = fis.requests.find(
      (r) => r.method === 'POST' && r.path === '/experimentTemplates'
    )
    const start = fis.requests.find((r) => r.method === 'POST' && r.path === '/experiments')
    const tags = {
      'app.kubernetes.io/managed-by': 'chaos-gate',
      'chaos-gate.dev/run-id': 'r1',
      'chaos-gate.dev/experiment': 'stop-web'
    }
    expect(create?.body).toMatchObject({ ...TEMPLATE, tags })
    expect(start?.body).toEqual({
      clientToken: 'gate-r1-stop-web',
      experimentTemplateId: handle.data?.templateId,
      tags
    })
    expect(start?.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/fis\/aws4_request/
    )
    expect(handle).toMatchObject({ backend: 'aws-fis', kind: 'Experiment' })
    expect(handle.name).toMatch(/^EXP/)
    // A retried submit adopts the template and, through the client token, the experiment.
    expect(await backend.submit(experiment(), ctx)).toEqual(handle)
    expect(fis.state().templates).toHaveLength(1)
  })

  it('polls GetExperiment through every state to completed', async () => {
    fis.script = [
      { status: 'initiating' },
      { status: 'running' },
      { status: 'running' },
      { status: 'completed', reason: 'Experiment completed.' }
    ]
    const handle = await backend.submit(experiment(), ctx)
    const seen = await collect(backend.observe(handle, ctx))
    expect(seen.map((o) => [o.phase, o.message])).toEqual([
      ['pending', 'FIS experiment pending'],
      ['pending', 'FIS experiment initiating'],
      ['injected', 'FIS experiment running'],
      ['finished', 'FIS experiment completed: Experiment completed.']
    ])
  })

  it('a stop condition that stopped it is an aborted verdict naming the alarm', async () => {
    fis.script = [
      { status: 'running' },
      { status: 'stopped', reason: 'Experiment stopped by stop condition.' }
    ]
    const handle = await backend.submit(experiment(), ctx)
    const last = (await collect(backend.observe(handle, ctx))).at(-1)
    expect(last).toMatchObject({
      phase: 'stopped',
      verdict: 'aborted',
      message:
        'stopped by its stop condition (CloudWatch alarm web-5xx): Experiment stopped by stop condition.',
      terminal: true
    })
  })

  it.each([
    ['failed', 'failed'],
    ['cancelled', 'failed']
  ])('%s maps to %s with the reason', async (status, phase) => {
    fis.script = [{ status, reason: 'Target resolution returned empty set' }]
    const handle = await backend.submit(experiment(), ctx)
    const last = (await collect(backend.observe(handle, ctx))).at(-1)
    expect(last).toMatchObject({
      phase,
      message: `FIS experiment ${status}: Target resolution returned empty set`
    })
  })

  it('abort is StopExperiment, idempotent, and its stopped state is not a stop condition', async () => {
    fis.script = [{ status: 'running' }]
    const handle = await backend.submit(experiment(), ctx)
    await backend.abort(handle, ctx)
    const seen = await collect(backend.observe(handle, ctx))
    await backend.abort(handle, ctx)
    await backend.abort({ ...handle, name: 'EXPgone' }, ctx)
    expect(seen.at(-1)).toMatchObject({
      phase: 'stopped',
      message: 'FIS experiment stopped: Experiment stopped by user'
    })
    expect(seen.at(-1)?.verdict).toBeUndefined()
    const stops = fis.requests.filter(
      (r) => r.method === 'DELETE' && r.path.startsWith('/experiments/')
    )
    expect(stops).toHaveLength(3)
  })

  it('cleanup after a crash finds the run by tag: stops its running experiment and deletes its template', async () => {
    fis.script = [{ status: 'running' }]
    await backend.submit(experiment(), ctx)
    const other = await backend.submit(experiment(), { ...ctx, runId: 'r2' })
    for (const id of Object.keys(fis.state().experiments))
      await fetch(`${fis.url}/experiments/${id}`) // one scripted step each: pending → running
    const fresh = awsFisBackend({ ...deps, pid: 2 })
    const report = await fresh.cleanup({ runId: 'r1', namespaces: [], handles: [] }, ctx)
    expect(report.stuck).toEqual([])
    expect(report.deleted).toEqual([
      expect.stringMatching(/^FIS experiment EXP\w+ \(stop requested\)$/),
      expect.stringMatching(/^FIS experiment template EXT\w+$/)
    ])
    const state = fis.state()
    expect(state.templates).toEqual([other.data?.templateId])
    expect(state.experiments[other.name]).toBe('running')
  })

  it('preflight says what is wrong: a missing template, or FIS refusing the credentials', async () => {
    const missing = await backend.preflight(experiment({ templateId: 'EXTnope' }), ctx)
    expect(missing.issues[0]?.message).toBe('FIS has no experiment template EXTnope')
    fis.failNext = [[403, 'AccessDeniedException']]
    const denied = await backend.preflight(experiment(), ctx)
    expect(denied.issues[0]?.message).toMatch(/^FIS is not usable: scripted AccessDeniedException/)
  })

  it('an existing template is started as it is, nothing created', async () => {
    const first = await backend.submit(experiment(), ctx)
    const templateId = first.data?.templateId ?? ''
    const handle = await backend.submit(experiment({ templateId }), { ...ctx, runId: 'r3' })
    expect(handle.data).toMatchObject({ templateId, createdTemplate: 'false' })
    expect(fis.state().templates).toEqual([templateId])
  })

  it('the endpoint is held to the API reference: a wrong type is refused or warned about', async () => {
    const template = (json: Record<string, unknown>, id: unknown): Record<string, unknown> =>
      'experimentTemplate' in json
        ? { experimentTemplate: { ...(json.experimentTemplate as object), id } }
        : json
    // An object where the reference gives a string: the SDK's parser throws.
    fis.mangle = (json) => template(json, { value: 'EXT1' })
    await expect(backend.submit(experiment(), ctx)).rejects.toThrow(/Expected string/)
    // A number where it gives a string: coerced, with the warning the guard above turns into a failure.
    fis.mangle = (json) => template(json, 5)
    await expect(backend.submit(experiment(), { ...ctx, runId: 'r4' })).rejects.toThrow(
      'Experiment template not found'
    )
    expect(warned.mock.calls.map((c: unknown[]) => String(c[0]))).toEqual([
      expect.stringContaining('Expected string, got number: 5')
    ])
    warned.mockClear()
  })
})
