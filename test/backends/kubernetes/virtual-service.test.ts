/** The VirtualService snapshot and fault description, and the backend's checks. */
import { createKubernetesBackend } from '../../../src/backends/kubernetes/kubernetes-backend'
import { describeFault } from '../../../src/backends/kubernetes/virtual-service/describe-fault'
import {
  parseSnapshot,
  snapshotOf
} from '../../../src/backends/kubernetes/virtual-service/snapshot'
import type { KubeObject } from '../../../src/manifest/model'
import { FakeKube } from '../../fakes/fake-kube'
import { makeExperiment } from '../../gate/fakes/gate-fixtures'

const vs: KubeObject = {
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: { name: 'ratings', namespace: 'staging', labels: { team: 'r' } },
  spec: {
    hosts: ['ratings'],
    http: [
      {
        fault: {
          delay: { fixedDelay: '7s', percentage: { value: 10 } },
          abort: { httpStatus: 503, percent: 5 }
        }
      },
      { fault: { abort: { grpcStatus: 'UNAVAILABLE' } } }
    ]
  }
}

describe('snapshot', () => {
  it('round-trips labels, annotations and spec, and says nothing of what was absent', () => {
    const snapshot = snapshotOf(vs)
    expect(snapshot).toEqual({ labels: { team: 'r' }, spec: vs.spec })
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot)
    expect(parseSnapshot('{"labels":{}}')).toBeUndefined()
    expect(parseSnapshot('[')).toBeUndefined()
  })
})

describe('describeFault', () => {
  it('names every delay and abort with its share of requests', () => {
    expect(describeFault(vs)).toBe(
      'delay 7s for 10% + abort 503 for 5% + abort UNAVAILABLE for 100%'
    )
    expect(describeFault({ ...vs, spec: {} })).toBe('the fault')
  })
})

describe('kubernetes backend checks', () => {
  const kube = new FakeKube()
  const backend = createKubernetesBackend({
    kube,
    cluster: kube,
    defaultNamespace: 'staging',
    random: () => 0
  })

  it('accepts pod-kill and VirtualServices, and refuses anything else with the reason', () => {
    expect(backend.check(makeExperiment({ fault: { kind: 'kube-object', object: vs } }))).toEqual(
      []
    )
    const [issue] = backend.check(makeExperiment())
    expect(issue).toMatchObject({
      severity: 'error',
      code: 'kubernetes/fault',
      message: 'the kubernetes backend cannot run a http-proxy'
    })
  })

  it('aborting a pod-kill stops nothing and touches nothing: a kill cannot be undone', async () => {
    const ctx = {
      runId: 'r1',
      clock: { now: () => 0, sleep: async () => undefined },
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: () => undefined
      },
      signal: new AbortController().signal,
      labels: {},
      deadline: 1
    }
    await backend.abort(
      { backend: 'kubernetes', experiment: 'x', kind: 'pod-kill', name: 'gate-r1-x' },
      ctx
    )
    expect(kube.calls).toEqual([])
  })
})
