/**
 * The Chaos Mesh status → Observation mapping, table-driven on status shapes built from
 * status-samples/NOTES.md §3 (synthetic: upstream ships no JSON status fixtures).
 */
import { chaosObservation } from '../../../src/backends/chaos-mesh/observation/chaos-observation'
import { readChaos } from '../../../src/backends/chaos-mesh/status/chaos-status'
import type { KubeObject } from '../../../src/manifest/model'

const T0 = Date.UTC(2026, 10, 26, 12, 0, 0)
const BOUND = 30_000

type Phase = 'Injected' | 'Not Injected' | 'Not Injected/Wait'

interface RecordSpec {
  readonly phase: Phase
  readonly injected?: number
  readonly recovered?: number
  readonly failures?: readonly {
    readonly operation: 'Apply' | 'Recover'
    readonly message: string
  }[]
}

/** A chaos object as the controller writes it; conditions shuffled as the real controller does. */
function chaos(options: {
  kind?: string
  action?: string
  records?: readonly RecordSpec[]
  desiredPhase?: 'Run' | 'Stop'
  paused?: boolean
  deleting?: boolean
  abortedAt?: string
  status?: boolean
}): KubeObject {
  const records = options.records?.map((r, i) => ({
    id: `staging/checkout-${i}`,
    selectorKey: '.',
    phase: r.phase,
    injectedCount: r.injected ?? (r.phase === 'Injected' ? 1 : 0),
    recoveredCount: r.recovered ?? 0,
    events: (r.failures ?? []).map((f) => ({
      type: 'Failed',
      timestamp: '2026-11-26T12:00:01Z',
      ...f
    }))
  }))
  const all = (phase: string) => records !== undefined && records.every((r) => r.phase === phase)
  const conditions = [
    { type: 'Paused', status: options.paused ? 'True' : 'False' },
    { type: 'AllRecovered', status: all('Not Injected') ? 'True' : 'False' },
    { type: 'Selected', status: records ? 'True' : 'False' },
    { type: 'AllInjected', status: all('Injected') ? 'True' : 'False' }
  ]
  return {
    apiVersion: 'chaos-mesh.org/v1alpha1',
    kind: options.kind ?? 'NetworkChaos',
    metadata: {
      name: 'gate-r1-x',
      namespace: 'staging',
      creationTimestamp: '2026-11-26T12:00:00Z',
      finalizers: ['chaos-mesh/records'],
      annotations: {
        ...(options.paused && { 'experiment.chaos-mesh.org/pause': 'true' }),
        ...(options.abortedAt && { 'chaos-gate.dev/aborted-at': options.abortedAt })
      },
      ...(options.deleting && { deletionTimestamp: '2026-11-26T12:01:00Z' })
    },
    spec: { action: options.action ?? 'delay', mode: 'one' },
    ...(options.status !== false && {
      status: {
        conditions,
        experiment: {
          ...(options.desiredPhase && { desiredPhase: options.desiredPhase }),
          ...(records && { containerRecords: records })
        }
      }
    })
  }
}

const look = (object: KubeObject | undefined, atMs = 1_000, noTargetReason?: string) =>
  chaosObservation(object ? readChaos(object) : undefined, {
    at: T0 + atMs,
    submittedAt: T0,
    injectionBoundMs: BOUND,
    ...(noTargetReason !== undefined && { noTargetReason })
  })

const refused = { operation: 'Apply' as const, message: 'the target refused the fault' }
const daemonDown = {
  operation: 'Apply' as const,
  message: 'rpc error: code = Unavailable desc = connection error: connect: connection refused'
}
const cannotRecover = { operation: 'Recover' as const, message: 'chaos-daemon did not answer' }

describe('chaosObservation', () => {
  it.each([
    [
      'no status yet, within the bound',
      chaos({ status: false }),
      1_000,
      { phase: 'pending', terminal: false }
    ],
    [
      'selected, nothing injected yet',
      chaos({ desiredPhase: 'Run', records: [{ phase: 'Not Injected' }] }),
      1_000,
      { phase: 'pending' }
    ],
    [
      'every record Injected',
      chaos({ desiredPhase: 'Run', records: [{ phase: 'Injected' }, { phase: 'Injected' }] }),
      1_000,
      { phase: 'injected', affectedTargets: 2, terminal: false }
    ],
    [
      'one of two injected',
      chaos({
        desiredPhase: 'Run',
        records: [{ phase: 'Injected' }, { phase: 'Not Injected/Wait' }]
      }),
      1_000,
      { phase: 'injected', affectedTargets: 1, terminal: false }
    ],
    [
      'recovered after its duration (desiredPhase Stop)',
      chaos({
        desiredPhase: 'Stop',
        records: [{ phase: 'Not Injected', injected: 1, recovered: 1 }]
      }),
      1_000,
      { phase: 'finished', affectedTargets: 1, terminal: true }
    ],
    [
      'recovering',
      chaos({ desiredPhase: 'Stop', records: [{ phase: 'Injected' }] }),
      1_000,
      { phase: 'injected', terminal: false }
    ],
    [
      'paused by chaos-gate and recovered',
      chaos({
        desiredPhase: 'Stop',
        paused: true,
        abortedAt: '2026-11-26T12:00:05Z',
        records: [{ phase: 'Not Injected', injected: 1, recovered: 1 }]
      }),
      6_000,
      {
        phase: 'stopped',
        terminal: true,
        message: 'paused by chaos-gate at 2026-11-26T12:00:05Z; recovered from 1 target'
      }
    ],
    [
      'paused by someone else',
      chaos({
        desiredPhase: 'Stop',
        paused: true,
        records: [{ phase: 'Not Injected', injected: 1, recovered: 1 }]
      }),
      6_000,
      { phase: 'stopped', message: 'paused outside the gate; recovered from 1 target' }
    ],
    ['gone', undefined, 1_000, { phase: 'stopped', terminal: true }]
  ])('%s', (_name, object, at, expected) => {
    expect(look(object, at).observation).toMatchObject(expected)
  })

  it('reads the records, not the order of the conditions', () => {
    const object = chaos({ desiredPhase: 'Run', records: [{ phase: 'Injected' }] })
    const conditions = (object.status as { conditions: unknown[] }).conditions
    const reversed = {
      ...object,
      status: { ...(object.status as object), conditions: [...conditions].reverse() }
    }
    expect(look(reversed).observation).toEqual(look(object).observation)
    expect(look(object).observation.details?.conditions).toBe(
      'Selected=True AllInjected=True AllRecovered=False Paused=False'
    )
  })

  it('a one-shot action is finished once every record is Injected, and never waits for recovery', () => {
    const kill = chaos({
      kind: 'PodChaos',
      action: 'pod-kill',
      desiredPhase: 'Run',
      records: [{ phase: 'Injected' }]
    })
    expect(look(kill).observation).toMatchObject({
      phase: 'finished',
      affectedTargets: 1,
      terminal: true
    })
    const containerKill = chaos({
      kind: 'PodChaos',
      action: 'container-kill',
      desiredPhase: 'Run',
      records: [{ phase: 'Not Injected' }]
    })
    expect(look(containerKill).observation.phase).toBe('pending')
  })

  it('a fault no target accepts fails once Chaos Mesh has failed five times on every target, with its reason', () => {
    const four = chaos({
      desiredPhase: 'Run',
      records: [{ phase: 'Not Injected', failures: Array(4).fill(refused) }]
    })
    expect(look(four).observation.phase).toBe('pending')
    const five = chaos({
      desiredPhase: 'Run',
      records: [{ phase: 'Not Injected', failures: Array(5).fill(refused) }]
    })
    expect(look(five).observation).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      affectedTargets: 0,
      terminal: true,
      message:
        'Chaos Mesh never injected the fault into its target after 5 failed attempts on every target: the target refused the fault'
    })
  })

  it('chaos-daemon out of reach is an error, not a fail', () => {
    const object = chaos({
      desiredPhase: 'Run',
      records: [{ phase: 'Not Injected', failures: Array(5).fill(daemonDown) }]
    })
    expect(look(object).observation).toMatchObject({
      phase: 'failed',
      verdict: 'error',
      affectedTargets: 0
    })
  })

  it('injection must be confirmed within the bound', () => {
    const object = chaos({
      desiredPhase: 'Run',
      records: [{ phase: 'Not Injected', failures: [refused] }]
    })
    const early = look(object, BOUND - 1)
    expect(early.observation.phase).toBe('pending')
    expect(early.recheckAt).toBe(T0 + BOUND)
    expect(look(object, BOUND).observation).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      message:
        'Chaos Mesh never injected the fault into its target within 30s: the target refused the fault'
    })
    const partly = chaos({
      desiredPhase: 'Run',
      records: [{ phase: 'Injected' }, { phase: 'Not Injected', failures: [refused] }]
    })
    expect(look(partly, BOUND).observation).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      affectedTargets: 1,
      message:
        'only 1 of 2 targets were injected within 30s; last failure: the target refused the fault'
    })
  })

  it('a duration that ends before anything was injected is a never-injected fault', () => {
    const object = chaos({
      desiredPhase: 'Stop',
      records: [{ phase: 'Not Injected', failures: [refused] }]
    })
    expect(look(object).observation).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      affectedTargets: 0
    })
    expect(look(object).observation.message).toContain('before its duration ended')
  })

  it('zero selected targets fails with Chaos Mesh\'s "no target has been selected"', () => {
    const none = chaos({ desiredPhase: 'Run' })
    expect(look(none).observation.phase).toBe('pending')
    expect(look(none, 1_000, 'no target has been selected').observation).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      affectedTargets: 0,
      message: 'Chaos Mesh selected no target: no target has been selected'
    })
    expect(look(none, BOUND).observation.message).toBe(
      'Chaos Mesh selected no target: nothing within 30s'
    )
  })

  it('paused before anything was selected is stopped at once: nothing to recover, nothing injected', () => {
    // A Schedule's child spawned just before the gate paused the Schedule: the pause reached it
    // before the records controller selected anything, and a paused chaos never selects.
    const paused = chaos({ desiredPhase: 'Stop', paused: true, abortedAt: '2026-11-26T12:00:01Z' })
    expect(look(paused).observation).toMatchObject({
      phase: 'stopped',
      affectedTargets: 0,
      terminal: true,
      message: 'paused by chaos-gate at 2026-11-26T12:00:01Z before Chaos Mesh selected any target'
    })
    expect(look(paused).observation.verdict).toBeUndefined()
    const deleted = chaos({ desiredPhase: 'Stop', deleting: true })
    expect(look(deleted).observation).toMatchObject({ phase: 'stopped', terminal: true })
  })

  it('a duration over before anything was selected fails at once, not at the bound', () => {
    const timeUp = chaos({ desiredPhase: 'Stop' })
    expect(look(timeUp).observation).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      affectedTargets: 0,
      terminal: true,
      message: 'Chaos Mesh selected no target before its duration ended'
    })
    expect(look(timeUp, 1_000, 'no target has been selected').observation.message).toBe(
      'Chaos Mesh selected no target before its duration ended: no target has been selected'
    )
  })

  it('no controller acting within the bound is an error naming the likely cause', () => {
    const untouched = {
      ...chaos({ status: false }),
      metadata: { name: 'gate-r1-x', namespace: 'staging' }
    }
    expect(look(untouched, BOUND).observation).toMatchObject({ phase: 'failed', verdict: 'error' })
    expect(look(untouched, BOUND).observation.message).toContain(
      'is chaos-controller-manager running'
    )
  })

  it('recovery failing again and again is stuck: an error saying the fault may still be injected', () => {
    const stuck = chaos({
      desiredPhase: 'Stop',
      records: [{ phase: 'Injected', failures: Array(5).fill(cannotRecover) }]
    })
    expect(look(stuck).observation).toMatchObject({
      phase: 'failed',
      verdict: 'error',
      affectedTargets: 1,
      terminal: true
    })
    expect(look(stuck).observation.message).toBe(
      'Chaos Mesh cannot recover 1 target (the fault may still be injected): chaos-daemon did not answer'
    )
  })
})
