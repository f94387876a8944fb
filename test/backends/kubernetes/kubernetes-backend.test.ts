/**
 * The kubernetes backend's pod-kill on the in-memory port, held to the Kubernetes backend contract:
 * its record is the object it names and labels, and observe wakes on its own only at the restore
 * timeout. (The VirtualService fault keeps the manifest's name, as Istio routes by it; it runs end
 * to end in virtual-service-sim.test.ts.)
 */
import type { Handle } from '../../../src/backends/backend'
import { createKubernetesBackend } from '../../../src/backends/kubernetes/kubernetes-backend'
import type { Experiment, KubeObject } from '../../../src/manifest/model'
import type { Policy } from '../../../src/policy/policy'
import { silentLog } from '../../../src/util/log'
import { FakeClock } from '../../fakes/clock'
import { defaultPolicy } from '../../fakes/default-policy'
import { FakeKube } from '../../fakes/fake-kube'
import { describeKubeBackendContract } from '../../fakes/kube-backend-contract'

const REPLICAS = 4

function experiment(): Experiment {
  const source = { file: 'experiments/kill.yaml', line: 1, col: 1 }
  return {
    name: 'checkout-kill',
    source,
    locate: () => source,
    backend: 'kubernetes',
    kind: 'pod-kill',
    action: 'pod-kill',
    namespace: 'staging',
    fault: {
      kind: 'pod-kill',
      spec: {
        namespace: 'staging',
        labelSelector: 'app=checkout',
        count: 1,
        gracePeriodSeconds: 0,
        restoreTimeoutMs: 60_000
      }
    },
    targets: {
      namespaces: ['staging'],
      labelSelector: 'app=checkout',
      mode: { kind: 'count', count: 1 },
      location: source
    },
    expect: 'pass'
  }
}

function pod(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'staging',
      labels: { app: 'checkout' },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'checkout-rs', controller: true }
      ]
    },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }
  }
}

/** A Deployment → ReplicaSet → REPLICAS serving pods. */
function cluster(): FakeKube {
  const kube = new FakeKube()
  const selector = { matchLabels: { app: 'checkout' } }
  kube.write({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'checkout', namespace: 'staging' },
    spec: { replicas: REPLICAS, selector }
  })
  kube.write({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: 'checkout-rs',
      namespace: 'staging',
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'checkout', controller: true }
      ]
    },
    spec: { replicas: REPLICAS, selector }
  })
  for (let i = 0; i < REPLICAS; i++) kube.write(pod(`checkout-${i}`))
  return kube
}

const backendOn = (kube: FakeKube, policy: { policy?: Policy } = { policy: defaultPolicy() }) =>
  createKubernetesBackend({
    kube,
    cluster: kube,
    defaultNamespace: 'default',
    ...policy,
    random: () => 0,
    cleanupBoundMs: 5_000
  })

describeKubeBackendContract('kubernetes (pod-kill)', () => {
  const kube = cluster()
  return {
    backend: backendOn(kube),
    kube,
    experiment: experiment(),
    kind: 'ConfigMap',
    // The ReplicaSet replaces the killed pod with a new, Ready one.
    finish: (handle: Handle) => void kube.write(pod(`${handle.name}-replacement`)),
    // Only the restore timeout changes the answer with time alone.
    deadlines: (handle) => [Number(handle.data?.killedAt) + Number(handle.data?.restoreTimeoutMs)]
  }
})

describe('kubernetes backend: pod-kill preflight', () => {
  const context = () => {
    const clock = new FakeClock()
    return {
      runId: 'r1',
      clock,
      log: silentLog,
      signal: new AbortController().signal,
      labels: {},
      deadline: clock.now() + 600_000
    }
  }

  it('passes on a workload that will replace the pod, counting the live targets', async () => {
    const report = await backendOn(cluster()).preflight(experiment(), context())
    expect(report).toEqual({ warnings: [], issues: [], targets: 1, candidates: REPLICAS })
  })

  it('refuses without a blast-radius policy, and kills nothing', async () => {
    const kube = cluster()
    const report = await backendOn(kube, {}).preflight(experiment(), context())
    expect(report.issues.map((i) => i.code)).toEqual(['policy/missing'])
    expect(kube.all('Pod')).toHaveLength(REPLICAS)
  })
})
