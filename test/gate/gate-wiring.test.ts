/** The wiring the CLI and the action share: backends over one lazy cluster connection, sources, budget. */
import type { KubeConnection, KubeTarget } from '../../src/backends/kube/connect'
import {
  errorBudgetHook,
  gateBackends,
  metricSources,
  resolveCluster
} from '../../src/gate/gate-wiring'
import type { BackendKind, Experiment } from '../../src/manifest/model'
import { InputError } from '../../src/util/errors'
import { silentLog } from '../../src/util/log'
import { FakeClock } from '../fakes/clock'
import { defaultPolicy } from '../fakes/default-policy'
import { FakeKube } from '../fakes/fake-kube'
import { makeExperiment } from './fakes/gate-fixtures'

/** Wiring deps whose cluster connector counts its calls and records the target it was made for. */
function wiring() {
  const kube = new FakeKube()
  const seen = { targets: [] as KubeTarget[], connects: 0 }
  const connection: KubeConnection = {
    objects: kube,
    cluster: kube,
    source: 'test',
    server: 'https://cluster.test',
    close: () => undefined
  }
  return {
    seen,
    deps: {
      clock: new FakeClock(),
      log: silentLog,
      env: {},
      random: () => 0,
      pid: 1,
      isProcessAlive: () => true,
      kube: (target: KubeTarget) => {
        seen.targets.push(target)
        return async () => {
          seen.connects++
          return connection
        }
      }
    }
  }
}

describe('gateBackends', () => {
  it('connects to the cluster the settings name only when a Kubernetes backend is first used', async () => {
    const { deps, seen } = wiring()
    const backends = gateBackends(deps, { kubeconfig: '/k', context: 'staging' }, defaultPolicy())
    expect((await backends.get('local')).kind).toBe('local')
    expect(seen.connects).toBe(0)
    expect((await backends.get('chaos-mesh')).kind).toBe('chaos-mesh')
    expect((await backends.get('litmus')).kind).toBe('litmus')
    expect(seen).toEqual({ targets: [{ kubeconfig: '/k', context: 'staging' }], connects: 2 })
  })
})

describe('resolveCluster', () => {
  const exp = (backend: BackendKind): Experiment => makeExperiment({ name: backend, backend })

  it('connects before the gate starts when an experiment runs on a Kubernetes backend', async () => {
    const { deps, seen } = wiring()
    const backends = gateBackends(deps, {})
    await resolveCluster(backends, [exp('local'), exp('kubernetes')])
    expect(seen.connects).toBe(1)
  })

  it('never connects, nor loads the client, for a run on the local backend alone', async () => {
    const { deps, seen } = wiring()
    await resolveCluster(gateBackends(deps, {}), [exp('local'), exp('local')])
    expect(seen).toEqual({ targets: [{}], connects: 0 })
  })

  it("passes the configuration's InputError on, so the run exits 2 with nothing injected", async () => {
    const { deps } = wiring()
    const unusable = new InputError('kubeconfig', 'the file /nope does not exist')
    const backends = gateBackends({ ...deps, kube: () => () => Promise.reject(unusable) }, {})
    await expect(resolveCluster(backends, [exp('litmus')])).rejects.toBe(unusable)
  })
})

describe('metricSources and errorBudgetHook', () => {
  it('offers every source (probe, Prometheus, Kubernetes, Datadog, CloudWatch), and a budget hook only when a budget is set', async () => {
    const { deps } = wiring()
    expect(Object.keys(metricSources({})).sort()).toEqual([
      'cloudwatch',
      'datadog',
      'kubernetes',
      'probe',
      'prometheus'
    ])
    expect(errorBudgetHook({}, deps)).toEqual({})
    const rule = {
      name: 'checkout',
      source: { kind: 'remaining' as const, query: 'slo:remaining' },
      minRemaining: 0.2
    }
    const { errorBudget } = errorBudgetHook({ errorBudget: [rule] }, deps)
    // Without a Prometheus to read it from, the budget is unknown, never a pass.
    await expect(errorBudget?.(new AbortController().signal)).resolves.toEqual({
      decision: 'unknown',
      reason:
        'the error budget is read from Prometheus, but no Prometheus is configured; set the prometheus-url input (--prometheus-url on the command line)'
    })
  })
})
