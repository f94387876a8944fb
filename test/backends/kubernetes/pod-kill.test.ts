/** pod-kill's pure parts: the deterministic choice, serving pods, and the restore judgement. */
import { chooseVictims, isServing } from '../../../src/backends/kubernetes/pod-kill/pods'
import { readyCounts, restoreObservation } from '../../../src/backends/kubernetes/pod-kill/restore'
import { parseWorkloads, type Workload } from '../../../src/backends/kubernetes/pod-kill/workloads'
import type { KubeObject } from '../../../src/manifest/model'

function pod(name: string, ready = true, deleting = false): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'staging',
      ...(deleting && { deletionTimestamp: '2026-11-26T12:00:00Z' })
    },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] }
  }
}

/** A random source that replays `values`. */
const replay = (...values: number[]) => {
  let i = 0
  return () => values[i++ % values.length] ?? 0
}

describe('chooseVictims', () => {
  const pods = ['c', 'a', 'd', 'b'].map((n) => pod(n))

  it('depends on the random numbers only, not on the order the pods were listed in', () => {
    const names = (list: KubeObject[]) =>
      chooseVictims(list, 2, replay(0.5, 0.1)).map((p) => p.metadata.name)
    expect(names(pods)).toEqual(['c', 'b'])
    expect(names([...pods].reverse())).toEqual(['c', 'b'])
  })

  it('never picks a pod twice, and at most as many as there are', () => {
    expect(
      chooseVictims(pods, 9, replay(0.99))
        .map((p) => p.metadata.name)
        .sort()
    ).toEqual(['a', 'b', 'c', 'd'])
    expect(chooseVictims(pods, 0, replay(0.3))).toEqual([])
  })

  it('each pod is equally likely to be the one', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 400; i++) {
      const [victim] = chooseVictims(pods, 1, replay(i / 400))
      counts.set(victim?.metadata.name ?? '', (counts.get(victim?.metadata.name ?? '') ?? 0) + 1)
    }
    expect([...counts.values()]).toEqual([100, 100, 100, 100])
  })
})

describe('isServing', () => {
  it('only Running, Ready pods that are not being deleted serve', () => {
    expect(isServing(pod('a'))).toBe(true)
    expect(isServing(pod('a', false))).toBe(false)
    expect(isServing(pod('a', true, true))).toBe(false)
    expect(isServing({ ...pod('a'), status: { phase: 'Pending' } })).toBe(false)
  })
})

describe('restoreObservation', () => {
  const checkout: Workload = {
    kind: 'Deployment',
    namespace: 'staging',
    name: 'checkout',
    replicas: 3,
    selector: 'app=checkout'
  }
  const ctx = { killedAt: 1_000, restoreTimeoutMs: 60_000, victims: ['checkout-a'] }
  const ready = (pods: KubeObject[]) =>
    readyCounts([checkout], new Map([['Deployment staging/checkout', pods]]), ctx.victims)

  it('is still injected while fewer than the desired replicas serve; a killed or terminating pod never counts', () => {
    const look = restoreObservation(
      [checkout],
      ready([
        pod('checkout-a'),
        pod('checkout-b'),
        pod('checkout-c', true, true),
        pod('checkout-d', false)
      ]),
      { ...ctx, at: 2_000 }
    )
    expect(look.observation).toMatchObject({
      phase: 'injected',
      affectedTargets: 1,
      terminal: false
    })
    expect(look.observation.message).toBe(
      'killed checkout-a; waiting for Deployment staging/checkout 1/3 ready'
    )
    expect(look.recheckAt).toBe(61_000)
  })

  it('is finished, with the time to restore, once every workload is back', () => {
    const look = restoreObservation(
      [checkout],
      ready(['b', 'c', 'd'].map((n) => pod(`checkout-${n}`))),
      { ...ctx, at: 4_500 }
    )
    expect(look.observation).toMatchObject({
      phase: 'finished',
      terminal: true,
      details: { timeToRestoreMs: '3500', killed: 'checkout-a' }
    })
  })

  it('fails when the restore timeout passes first', () => {
    const look = restoreObservation([checkout], ready([pod('checkout-b')]), { ...ctx, at: 61_000 })
    expect(look.observation).toMatchObject({ phase: 'failed', verdict: 'fail', terminal: true })
  })
})

describe('parseWorkloads', () => {
  it('reads what the handle saved and drops anything malformed', () => {
    const good = {
      kind: 'StatefulSet',
      namespace: 'staging',
      name: 'db',
      replicas: 2,
      selector: 'app=db'
    }
    expect(parseWorkloads(JSON.stringify([good, { kind: 'DaemonSet', name: 'x' }, 7]))).toEqual([
      good
    ])
    expect(parseWorkloads('not json')).toEqual([])
    expect(parseWorkloads(undefined)).toEqual([])
  })
})
