import type { PhaseOutlook } from '../../src/gate/gate-deps'
import { runGate } from '../../src/gate/run-gate'
import { TIMEOUTS } from '../../src/gate/timeouts'
import type { Experiment } from '../../src/manifest/model'
import type { MetricSource } from '../../src/steady-state/model'
import { FakeClock } from '../fakes/clock'
import { FakeBackend } from './fakes/fake-backend'
import { FakeSource } from './fakes/fake-source'
import { makeDeps, makeExperiment, makeSettings } from './fakes/gate-fixtures'

function setup(faulty = 0.01, signal?: AbortSignal) {
  const clock = new FakeClock()
  const backend = new FakeBackend(clock)
  const source = new FakeSource(clock, () => (backend.injected ? faulty : 0))
  const deps = makeDeps(clock, backend, { probe: source }, signal ? { signal } : {})
  return { clock, backend, source, deps }
}

describe('runGate across a run', () => {
  it('aborts and cleans up when the deadline passes mid-fault, and records it', async () => {
    const s = setup()
    // Preflight and before take 10 s; the deadline hits 30 s into the 60 s fault.
    const report = await runGate([makeExperiment()], makeSettings({ timeoutMs: 40_000 }), s.deps)
    const exp = report.experiments[0]!
    expect(exp.verdict).toBe('inconclusive')
    expect(exp.reasons[0]).toBe(
      'the gate stopped early (the gate deadline of 40.0s passed) in the during phase; the fault was aborted'
    )
    expect(s.backend.abortCount).toBe(1)
    expect(s.backend.calls.at(-1)).toBe('cleanup')
    // The run's deadline has passed: abort and cleanup are told their own bounds instead.
    expect(s.backend.budgets).toEqual([
      { call: 'abort', ms: TIMEOUTS.abortMs },
      { call: 'cleanup', ms: TIMEOUTS.cleanupMs }
    ])
    expect(exp.fault.abortedBy).toBe('cancel')
    expect(exp.phases.map((p) => p.status)).toEqual(['ok', 'ok', 'ok', 'aborted', 'ok'])
    expect(s.deps.store.current).toMatchObject({
      status: 'interrupted',
      experiments: {
        'checkout-latency': {
          abortedAt: expect.any(Number) as number,
          cleanedAt: expect.any(Number) as number
        }
      }
    })
    expect(report.failed).toBe(true)
  })

  it('aborts and cleans up on cancellation (SIGTERM) mid-fault', async () => {
    const cancel = new AbortController()
    const s = setup(0.01, cancel.signal)
    const deps = {
      ...s.deps,
      listener: {
        measured: (_: string, m: { phase: string }) =>
          m.phase === 'during' && cancel.abort(new Error('received SIGTERM'))
      }
    }
    const report = await runGate(
      [makeExperiment(), makeExperiment({ name: 'second' })],
      makeSettings(),
      deps
    )
    expect(report.experiments.map((e) => e.verdict)).toEqual(['inconclusive', 'inconclusive'])
    expect(report.experiments[0]!.reasons[0]).toMatch(
      /received SIGTERM\) in the during phase; the fault was aborted/
    )
    expect(report.experiments[1]!.reasons[0]).toBe(
      'the gate stopped early (received SIGTERM) before this experiment started; nothing was injected'
    )
    expect(s.backend.calls.filter((c) => c === 'submit')).toHaveLength(1)
    expect(s.backend.calls.at(-1)).toBe('cleanup')
    expect(s.backend.injected).toBe(false)
  })

  it('on cancellation, aborts and cleans up within the cancellation budget and reports what is stuck', async () => {
    const clock = new FakeClock()
    const backend = new FakeBackend(clock, { abortHangs: true, stuck: true })
    const source = new FakeSource(clock, () => 0)
    const cancel = new AbortController()
    let cancelledAt = 0
    const deps = makeDeps(
      clock,
      backend,
      { probe: source },
      {
        signal: cancel.signal,
        listener: {
          measured: (_n, m) => {
            if (m.phase !== 'during' || cancel.signal.aborted) return
            cancelledAt = clock.now()
            cancel.abort(new Error('received SIGINT'))
          }
        }
      }
    )
    const report = await runGate([makeExperiment()], makeSettings(), deps)
    const exp = report.experiments[0]!
    // The runner kills the step 10 s after SIGINT: main's abort and cleanup fit in the budget.
    expect(backend.budgets).toEqual([
      { call: 'abort', ms: TIMEOUTS.cancelledMs },
      { call: 'cleanup', ms: TIMEOUTS.lastTryMs }
    ])
    expect(exp.endedAt - cancelledAt).toBeLessThanOrEqual(TIMEOUTS.cancelledMs + TIMEOUTS.lastTryMs)
    expect(exp.cleanup?.stuck.map((x) => x.ref)).toEqual(['gate-tkq1-ab12-checkout-latency'])
  })

  it('never hangs on a source that never answers', async () => {
    const clock = new FakeClock()
    const backend = new FakeBackend(clock)
    const stuck: MetricSource = {
      kind: 'probe',
      now: async () => clock.now(),
      measure: () => new Promise(() => undefined)
    }
    const report = await runGate(
      [makeExperiment()],
      makeSettings(),
      makeDeps(clock, backend, { probe: stuck })
    )
    const exp = report.experiments[0]!
    expect(exp.verdict).toBe('inconclusive')
    expect(exp.reasons[0]).toMatch(
      /^steady state could not be measured before the fault: the before phase did not finish within/
    )
    expect(exp.phases.find((p) => p.name === 'before')?.status).toBe('timeout')
    expect(backend.calls).not.toContain('submit')
  })

  it('in dry-run, preflights and measures but never injects', async () => {
    const s = setup()
    const report = await runGate([makeExperiment()], makeSettings({ mode: 'dry-run' }), s.deps)
    expect(report.experiments[0]).toMatchObject({
      verdict: 'skipped',
      reasons: ['dry-run: nothing was injected']
    })
    expect(s.backend.calls).toEqual(['check', 'preflight', 'cleanup'])
    expect(s.source.times).toHaveLength(3)
    expect(report).toMatchObject({ verdict: 'skipped', failed: false })
  })

  it('reports experiments left out by --only as skipped', async () => {
    const s = setup()
    const exps = [
      makeExperiment({ name: 'checkout-latency' }),
      makeExperiment({ name: 'payments-errors' })
    ]
    const report = await runGate(exps, makeSettings({ only: ['checkout-*'] }), s.deps)
    expect(report.experiments.map((e) => [e.name, e.verdict])).toEqual([
      ['checkout-latency', 'pass'],
      ['payments-errors', 'skipped']
    ])
    expect(report.counts).toMatchObject({ pass: 1, skipped: 1 })
  })

  it('refuses an --only that matches no experiment, naming the ones there are, before anything runs', async () => {
    const s = setup()
    const exps = [
      makeExperiment({ name: 'checkout-latency' }),
      makeExperiment({ name: 'payments-errors' })
    ]
    await expect(runGate(exps, makeSettings({ only: ['cart-*'] }), s.deps)).rejects.toThrow(
      "'cart-*' matches no experiment; the experiments are: checkout-latency, payments-errors"
    )
    expect(s.backend.calls).toEqual([])
  })

  it('passes a negative test when the fault breaks the steady state as expected', async () => {
    const s = setup(0.5)
    const report = await runGate([makeExperiment({ expect: 'fail' })], makeSettings(), s.deps)
    expect(report.experiments[0]).toMatchObject({ verdict: 'pass', observed: 'aborted' })
    expect(report.experiments[0]!.reasons[0]).toMatch(
      /^as expected \(expect: fail\), the steady state broke/
    )
    expect(report.failed).toBe(false)
  })

  it('fails a negative test whose steady state held', async () => {
    const s = setup()
    const report = await runGate([makeExperiment({ expect: 'fail' })], makeSettings(), s.deps)
    expect(report.experiments[0]).toMatchObject({ verdict: 'fail', observed: 'pass' })
  })

  it('runs at most `concurrency` experiments at a time', async () => {
    const s = setup()
    let running = 0
    let peak = 0
    const deps = {
      ...s.deps,
      listener: {
        experimentStarted: () => void (peak = Math.max(peak, ++running)),
        experimentFinished: () => void running--
      }
    }
    const exps = ['a', 'b', 'c', 'd', 'e'].map((name) => makeExperiment({ name }))
    const report = await runGate(exps, makeSettings({ concurrency: 2 }), deps)
    expect(peak).toBe(2)
    expect(report.experiments.map((e) => e.name)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it("scopes each experiment's cleanup to its own objects, so one ending never removes another's fault", async () => {
    const s = setup()
    const exps = ['a', 'b'].map((name) => makeExperiment({ name }))
    await runGate(exps, makeSettings({ concurrency: 2 }), s.deps)
    expect(s.backend.selectors.map((sel) => sel.experiment).sort()).toEqual(['a', 'b'])
  })

  it('stops an experiment at its own timeout', async () => {
    const s = setup()
    const report = await runGate([makeExperiment({ timeoutMs: 20_000 })], makeSettings(), s.deps)
    expect(report.experiments[0]!.reasons[0]).toMatch(
      /the experiment timeout of 20.0s passed\) in the during phase/
    )
    expect(s.backend.abortCount).toBe(1)
  })

  it('warn mode reports the failure but does not fail the gate', async () => {
    const s = setup(0.5)
    const report = await runGate([makeExperiment()], makeSettings({ mode: 'warn' }), s.deps)
    expect(report).toMatchObject({ verdict: 'aborted', failed: false })
  })

  it('records the run state: begin, submit before anything else, cleanup, finish', async () => {
    const s = setup()
    await runGate([makeExperiment()], makeSettings(), s.deps)
    const steps = s.deps.states.map((st) => {
      const e = st.experiments['checkout-latency']
      return e?.cleanedAt ? 'cleaned' : e?.handle ? 'submitted' : st.status
    })
    expect(steps).toEqual(['running', 'submitted', 'cleaned', 'cleaned'])
    expect(s.deps.states.at(-1)).toMatchObject({ status: 'finished', pid: 4242 })
  })
})

describe('a broken progress view', () => {
  it('never breaks the gate', async () => {
    const s = setup(0.5)
    const deps = {
      ...s.deps,
      listener: {
        measured: () => {
          throw new Error('EPIPE')
        }
      }
    }
    const report = await runGate([makeExperiment()], makeSettings(), deps)
    expect(report.experiments[0]!.verdict).toBe('aborted')
    expect(s.backend.calls.at(-1)).toBe('cleanup')
  })
})

describe('what the progress view is told about the fault phase', () => {
  /** Every `during` phase start, as (length, outlook). */
  async function duringStarts(exp: Experiment, runsForMs: number) {
    const clock = new FakeClock()
    const backend = new FakeBackend(clock, { runsForMs })
    const source = new FakeSource(clock, () => 0)
    const starts: { ms: number; outlook: PhaseOutlook | undefined }[] = []
    const listener = {
      phaseStarted: (_n: string, phase: string, at: number, end: number, outlook?: PhaseOutlook) =>
        void (phase === 'during' && starts.push({ ms: end - at, outlook }))
    }
    const deps = makeDeps(clock, backend, { probe: source }, { listener })
    await runGate([exp], makeSettings(), deps)
    return starts
  }

  it('a fault with a duration: when it ends', async () => {
    expect(await duringStarts(makeExperiment(), 60_000)).toEqual([
      { ms: 60_000, outlook: undefined }
    ])
  })

  it('a one-shot fault (a pod kill): that it waits for recovery, and how long at most', async () => {
    const { durationMs, ...oneShot } = makeExperiment({ kind: 'pod-kill', action: 'pod-kill' })
    void durationMs
    expect(await duringStarts(oneShot, 3_000)).toEqual([
      { ms: TIMEOUTS.oneShotMs, outlook: { oneShot: true } }
    ])
  })
})
