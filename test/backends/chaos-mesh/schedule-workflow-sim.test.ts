/**
 * Schedules and Workflows on the simulated Chaos Mesh operator: a Schedule runs within the
 * experiment window and is observed through its children; a Workflow through its nodes, its chaos
 * and its StatusChecks, with a failing StatusCheck mapped to a `fail` verdict.
 */
import { nameOf } from '@chaos-gate/sim-cluster/core/meta'

import type { Backend } from '../../../src/backends/backend'
import { runSelectorString } from '../../../src/backends/labels'
import {
  chaosMeshBackend,
  experimentFrom,
  type KubeSim,
  observeUntil,
  runContext,
  startKubeSim
} from './sim-harness'

const API = 'chaos-mesh.org/v1alpha1'
const SELECTOR = 'selector: { namespaces: [staging], labelSelectors: { app: checkout } }'

let k: KubeSim
let backend: Backend
beforeAll(async () => {
  k = await startKubeSim()
  backend = chaosMeshBackend(k)
})
afterAll(() => k.close())

function count(kind: string, labelSelector: string): number {
  return k.sim.objects.list(API, kind, { namespace: 'staging', labelSelector }).length
}

describe('Schedule', () => {
  const schedule = (outcome: string) => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: every-tick, namespace: staging }
spec:
  duration: 1500ms
  fault:
    apiVersion: ${API}
    kind: Schedule
    metadata:
      name: every-tick
      annotations: { sim.chaos-gate.dev/outcome: ${outcome} }
    spec:
      schedule: '@every 10s'
      type: NetworkChaos
      historyLimit: 10
      concurrencyPolicy: Forbid
      networkChaos:
        action: delay
        mode: one
        ${SELECTOR}
        delay: { latency: 10ms }
        duration: 5s
`

  it('runs within the window, is observed through its children, then paused and finished', async () => {
    const exp = await experimentFrom(k.dir, schedule('pass'))
    const ctx = runContext(exp)
    expect((await backend.preflight(exp, ctx)).issues).toEqual([])
    const started = Date.now()
    const handle = await backend.submit(exp, ctx)
    expect(handle.data).toMatchObject({ childKind: 'NetworkChaos' })
    const seen = await observeUntil(backend, handle, ctx)
    const last = seen.at(-1)
    // The last observation first: when it is wrong, its message says why.
    expect(last).toMatchObject({ phase: 'finished', terminal: true })
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400)
    expect(seen.some((o) => o.phase === 'injected' && /runs?/.test(o.message))).toBe(true)
    // Each run picks one pod at random; across runs they add up to distinct targets.
    expect(last?.affectedTargets).toBeGreaterThanOrEqual(1)
    expect(last?.message).toMatch(/the window ended after \d+ runs, the last at .*; paused/)
    const object = await k.conn.objects.get({
      apiVersion: API,
      kind: 'Schedule',
      namespace: 'staging',
      name: handle.name
    })
    expect(object?.metadata.annotations?.['experiment.chaos-mesh.org/pause']).toBe('true')
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [handle] },
      ctx
    )
    expect(report.stuck).toEqual([])
    expect(count('Schedule', runSelectorString(ctx.runId))).toBe(0)
    expect(count('NetworkChaos', `managed-by=${handle.name}`)).toBe(0)
  })

  it('a run that never injects fails the Schedule with the run named', async () => {
    const exp = await experimentFrom(k.dir, schedule('fail'))
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    const last = (await observeUntil(backend, handle, ctx)).at(-1)
    expect(last).toMatchObject({ phase: 'failed', verdict: 'fail', terminal: true })
    expect(last?.message).toMatch(
      new RegExp(`^run ${handle.name}-\\w{5}: Chaos Mesh never injected`)
    )
    await backend.abort(handle, ctx)
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [handle] },
      ctx
    )
    expect(report.stuck).toEqual([])
    expect(count('NetworkChaos', `managed-by=${handle.name}`)).toBe(0)
  })

  it('abort pauses the Schedule (and so its children) and deletes it once they recovered', async () => {
    const exp = await experimentFrom(
      k.dir,
      schedule('pass').replace('duration: 1500ms', 'duration: 10m')
    )
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    await observeUntil(backend, handle, ctx, (o) => o.phase === 'injected')
    await backend.abort(handle, ctx)
    expect(count('Schedule', runSelectorString(ctx.runId))).toBe(0)
    // The garbage collector deletes the children and the operator, an API client, then drops
    // their finalizers: each one goes a moment after the Schedule.
    const children = k.sim.objects.list(API, 'NetworkChaos', {
      namespace: 'staging',
      labelSelector: `managed-by=${handle.name}`
    })
    expect(children.length).toBeGreaterThan(0)
    for (const child of children) {
      await k.sim.objects.waitFor(
        {
          apiVersion: API,
          kind: 'NetworkChaos',
          namespace: 'staging',
          name: nameOf(child)
        },
        (o) => o === undefined,
        3_000
      )
    }
    expect(count('NetworkChaos', `managed-by=${handle.name}`)).toBe(0)
  })
})

describe('Workflow', () => {
  it('a serial workflow is finished once Accomplished, counting the targets its chaos reached', async () => {
    const exp = await experimentFrom(
      k.dir,
      `apiVersion: ${API}
kind: Workflow
metadata: { name: serial, namespace: staging }
spec:
  entry: entry
  templates:
    - { name: entry, templateType: Serial, deadline: 60s, children: [net, rest] }
    - name: net
      templateType: NetworkChaos
      deadline: 10s
      networkChaos:
        action: delay
        mode: fixed
        value: '1'
        ${SELECTOR}
        delay: { latency: 10ms }
    - { name: rest, templateType: Suspend, deadline: 5s }
`
    )
    const ctx = runContext(exp)
    expect((await backend.preflight(exp, ctx)).issues).toEqual([])
    const handle = await backend.submit(exp, ctx)
    const seen = await observeUntil(backend, handle, ctx)
    expect(seen.some((o) => o.phase === 'injected' && o.message.includes('net:'))).toBe(true)
    expect(seen.at(-1)).toMatchObject({ phase: 'finished', affectedTargets: 1, terminal: true })
    expect(seen.at(-1)?.verdict).toBeUndefined()
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [handle] },
      ctx
    )
    expect(report.stuck).toEqual([])
    expect(count('WorkflowNode', `chaos-mesh.org/workflow=${handle.name}`)).toBe(0)
  })

  it('a failing StatusCheck with abortWithStatusCheck is a fail verdict with the check named', async () => {
    const exp = await experimentFrom(
      k.dir,
      `apiVersion: ${API}
kind: Workflow
metadata:
  name: guarded
  namespace: staging
  annotations: { sim.chaos-gate.dev/outcome: fail }
spec:
  entry: entry
  templates:
    - { name: entry, templateType: Parallel, deadline: 600s, children: [net, health] }
    - name: net
      templateType: NetworkChaos
      deadline: 600s
      networkChaos:
        action: delay
        mode: one
        ${SELECTOR}
        delay: { latency: 10ms }
    - name: health
      templateType: StatusCheck
      deadline: 600s
      abortWithStatusCheck: true
      statusCheck:
        mode: Continuous
        type: HTTP
        intervalSeconds: 1
        failureThreshold: 2
        http: { url: 'http://checkout.staging/healthz', criteria: { statusCode: '200' } }
`
    )
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    const seen = await observeUntil(backend, handle, ctx)
    const last = seen.at(-1)
    expect(last).toMatchObject({
      phase: 'finished',
      verdict: 'fail',
      terminal: true,
      affectedTargets: 1
    })
    expect(last?.message).toBe(
      "StatusCheck 'health' failed: 2 failed probes of GET http://checkout.staging/healthz reached the failureThreshold; Chaos Mesh aborted the workflow (abortWithStatusCheck)"
    )
    const report = await backend.cleanup(
      { runId: ctx.runId, namespaces: ['staging'], handles: [handle] },
      ctx
    )
    expect(report.stuck).toEqual([])
  })

  it('abort sets the abort annotation, waits for its chaos to recover, and deletes the workflow', async () => {
    const exp = await experimentFrom(
      k.dir,
      `apiVersion: ${API}
kind: Workflow
metadata: { name: long, namespace: staging }
spec:
  entry: net
  templates:
    - name: net
      templateType: NetworkChaos
      deadline: 600s
      networkChaos:
        action: delay
        mode: one
        ${SELECTOR}
        delay: { latency: 10ms }
`
    )
    const ctx = runContext(exp)
    const handle = await backend.submit(exp, ctx)
    await observeUntil(backend, handle, ctx, (o) => o.phase === 'injected')
    await backend.abort(handle, ctx)
    expect(count('Workflow', runSelectorString(ctx.runId))).toBe(0)
    expect(count('NetworkChaos', `chaos-mesh.org/workflow=${handle.name}`)).toBe(0)
  })
})
