/**
 * Following a chaos object in virtual time, on the in-memory port: one list and one watch, no
 * polling; the only waits are the injection bound, and the short Event reads while Chaos Mesh has
 * run but selected nothing.
 */
import type { Observation } from '../../../src/backends/backend'
import { followChaos } from '../../../src/backends/chaos-mesh/follow/follow-chaos'
import { runLabels } from '../../../src/backends/labels'
import type { KubeObject } from '../../../src/manifest/model'
import { silentLog } from '../../../src/util/log'
import { FakeClock } from '../../fakes/clock'
import { FakeKube } from '../../fakes/fake-kube'

const REF = {
  apiVersion: 'chaos-mesh.org/v1alpha1',
  kind: 'NetworkChaos',
  namespace: 'staging',
  name: 'gate-r1-delay'
}

function chaos(status?: Record<string, unknown>): KubeObject {
  return {
    apiVersion: REF.apiVersion,
    kind: REF.kind,
    metadata: { name: REF.name, namespace: REF.namespace, labels: runLabels('r1', 'delay') },
    spec: { action: 'delay', mode: 'one', duration: '60s' },
    ...(status && { status })
  }
}

async function follow(kube: FakeKube, clock: FakeClock): Promise<Observation[]> {
  const ctx = {
    runId: 'r1',
    clock,
    log: silentLog,
    signal: new AbortController().signal,
    labels: runLabels('r1', 'delay'),
    deadline: clock.now() + 600_000
  }
  const seen: Observation[] = []
  const target = { ...REF, submittedAt: clock.now() }
  for await (const o of followChaos(kube, target, ctx, 30_000)) seen.push(o)
  return seen
}

describe('followChaos', () => {
  it('follows by one watch, and reports a controller that never acts when the injection bound passes', async () => {
    const clock = new FakeClock()
    const kube = new FakeKube()
    kube.write(chaos())
    const started = clock.now()
    const seen = await follow(kube, clock)
    expect(seen.map((o) => o.phase)).toEqual(['pending', 'failed'])
    expect(seen.at(-1)).toMatchObject({ verdict: 'error', terminal: true, at: started + 30_000 })
    expect(clock.sleeps).toEqual([30_000])
    expect(kube.calls.filter((c) => c.startsWith('watch'))).toHaveLength(1)
    expect(kube.calls.filter((c) => c.startsWith('list NetworkChaos'))).toHaveLength(1)
  })

  it('reacts to every status change the watch delivers, without waiting for a poll', async () => {
    const clock = new FakeClock()
    const kube = new FakeKube()
    kube.write(chaos())
    const record = (phase: string) => ({
      id: 'staging/checkout-0',
      selectorKey: '.',
      phase,
      injectedCount: 1,
      recoveredCount: 0
    })
    kube.onWatch = () => {
      kube.write(
        chaos({ experiment: { desiredPhase: 'Run', containerRecords: [record('Injected')] } })
      )
      kube.write(
        chaos({ experiment: { desiredPhase: 'Stop', containerRecords: [record('Not Injected')] } })
      )
    }
    const seen = await follow(kube, clock)
    expect(seen.map((o) => o.phase)).toEqual(['pending', 'injected', 'finished'])
    expect(clock.now()).toBe(new FakeClock().now())
  })

  it('reads Events while nothing is selected and fails with "no target has been selected"', async () => {
    const clock = new FakeClock()
    const kube = new FakeKube()
    kube.write(
      chaos({
        conditions: [{ type: 'Selected', status: 'False' }],
        experiment: { desiredPhase: 'Run' }
      })
    )
    void clock.sleep(5_000).then(() =>
      kube.write({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `${REF.name}.1`, namespace: 'staging' },
        involvedObject: { kind: REF.kind, name: REF.name, namespace: 'staging' },
        reason: 'Failed',
        type: 'Warning',
        message: 'no target has been selected'
      })
    )
    const seen = await follow(kube, clock)
    expect(seen.at(-1)).toMatchObject({
      phase: 'failed',
      verdict: 'fail',
      affectedTargets: 0,
      message: 'Chaos Mesh selected no target: no target has been selected'
    })
    expect(seen.at(-1)?.at).toBe(new FakeClock().now() + 6_000)
  })
})
