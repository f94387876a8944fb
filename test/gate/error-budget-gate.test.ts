import { runGate } from '../../src/gate/run-gate'
import type { BudgetDecision } from '../../src/steady-state/error-budget'
import { FakeClock } from '../fakes/clock'
import { FakeBackend } from './fakes/fake-backend'
import { FakeSource } from './fakes/fake-source'
import { makeDeps, makeExperiment, makeSettings } from './fakes/gate-fixtures'

function withBudget(decision: BudgetDecision) {
  const clock = new FakeClock()
  const backend = new FakeBackend(clock)
  const deps = makeDeps(clock, backend, { probe: new FakeSource(clock, () => 0) })
  let reads = 0
  const errorBudget = (): Promise<BudgetDecision> => {
    reads++
    return Promise.resolve(decision)
  }
  return { backend, deps: { ...deps, errorBudget }, reads: () => reads }
}

const two = [makeExperiment({ name: 'one' }), makeExperiment({ name: 'two' })]

describe('the error-budget gate', () => {
  it('skips every experiment, with the reason, when a budget is exhausted; nothing is touched', async () => {
    const reason =
      'error budget exhausted: checkout has 10 % of its error budget left, below the 25 % floor; experiments are paused until it recovers'
    const s = withBudget({ decision: 'skip', reason, readings: [] })
    const report = await runGate(two, makeSettings(), s.deps)
    expect(report.experiments.map((e) => [e.verdict, e.reasons[0]])).toEqual([
      ['skipped', reason],
      ['skipped', reason]
    ])
    expect(report).toMatchObject({ verdict: 'skipped', failed: false })
    expect(s.backend.calls).toEqual([])
    expect(s.reads()).toBe(1)
  })

  it('makes every experiment inconclusive, with nothing injected, when the budget cannot be read', async () => {
    const reason =
      'the remaining error budget could not be read, so nothing was injected (checkout: timeout)'
    const s = withBudget({ decision: 'unknown', reason })
    const report = await runGate(two, makeSettings(), s.deps)
    expect(report.experiments.map((e) => e.verdict)).toEqual(['inconclusive', 'inconclusive'])
    expect(report.experiments[0]?.reasons[0]).toBe(reason)
    expect(report.failed).toBe(true)
    expect(s.backend.calls).toEqual([])
  })

  it('runs the experiments when the budget allows', async () => {
    const s = withBudget({
      decision: 'run',
      readings: [{ rule: 'checkout', labels: {}, remaining: 0.8 }]
    })
    const report = await runGate(two, makeSettings(), s.deps)
    expect(report.experiments.map((e) => e.verdict)).toEqual(['pass', 'pass'])
  })
})
