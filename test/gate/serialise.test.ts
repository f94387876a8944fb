import { runGate } from '../../src/gate/run-gate'
import type { Experiment } from '../../src/manifest/model'
import { FakeClock } from '../fakes/clock'
import { FakeBackend } from './fakes/fake-backend'
import { FakeSource } from './fakes/fake-source'
import { makeDeps, makeExperiment, makeSettings } from './fakes/gate-fixtures'

function onPods(name: string, labelSelector: string): Experiment {
  return makeExperiment({
    name,
    source: { file: `experiments/${name}.yaml`, line: 3, col: 1 },
    namespace: 'staging',
    targets: {
      namespaces: ['staging'],
      labelSelector,
      mode: { kind: 'count', count: 1 },
      location: { file: `experiments/${name}.yaml`, line: 9, col: 5 }
    }
  })
}

/** Runs the gate with a fake Kubernetes-like backend, recording when each experiment ran. */
async function run(exps: readonly Experiment[], concurrency: number) {
  const clock = new FakeClock()
  const backend = new FakeBackend(clock)
  const deps = makeDeps(clock, backend, { probe: new FakeSource(clock, () => 0) })
  const spans = new Map<string, [number, number]>()
  const report = await runGate(
    exps.map((e) => ({ ...e, backend: 'kubernetes' as const })),
    makeSettings({ concurrency }),
    {
      ...deps,
      listener: {
        experimentStarted: (name, at) => void spans.set(name, [at, -1]),
        experimentFinished: (r) => void spans.set(r.name, [spans.get(r.name)?.[0] ?? -1, r.endedAt])
      }
    }
  )
  return { report, spans }
}

describe('overlapping experiments under concurrency', () => {
  it('serialises two faults on the same pods, with a notice saying who waited for whom and why', async () => {
    const { report, spans } = await run(
      [
        onPods('kill-a', 'app=checkout'),
        onPods('kill-b', 'app=checkout'),
        onPods('cart', 'app=cart')
      ],
      3
    )
    expect(report.experiments.map((e) => e.verdict)).toEqual(['pass', 'pass', 'pass'])
    const [aStart, aEnd] = spans.get('kill-a') ?? []
    const [bStart] = spans.get('kill-b') ?? []
    const [cartStart] = spans.get('cart') ?? []
    expect(bStart).toBeGreaterThanOrEqual(aEnd ?? Infinity)
    // The unrelated experiment ran alongside the first.
    expect(cartStart).toBe(aStart)
    expect(report.notices).toEqual([
      {
        file: 'experiments/kill-b.yaml',
        line: 3,
        col: 1,
        severity: 'notice',
        code: 'gate/serialised',
        message:
          "'kill-b' waited for 'kill-a' to finish instead of running alongside it: both target pods matching 'app=checkout' in staging, and concurrent faults on the same targets override each other (chaos-mesh#3631)"
      }
    ])
  })

  it('one at a time nothing waits and nothing is noticed', async () => {
    const { report } = await run([onPods('a', 'app=checkout'), onPods('b', 'app=checkout')], 1)
    expect(report.notices).toEqual([])
  })
})
