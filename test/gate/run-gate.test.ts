import type { ExperimentReport } from '../../src/gate/result'
import { runGate } from '../../src/gate/run-gate'
import { makeCheck } from '../fakes/check'
import { FakeClock } from '../fakes/clock'
import { FakeBackend, type FakeScript } from './fakes/fake-backend'
import { type FakeAnswer, FakeSource, SampledFakeSource } from './fakes/fake-source'
import { makeDeps, makeExperiment, makeSettings, makeSpec } from './fakes/gate-fixtures'

/** The error ratio the system shows: healthy unless the fault is on and `broken` says so. */
function scenario(script: FakeScript = {}, faulty: FakeAnswer = 0.01, healthy: FakeAnswer = 0) {
  const clock = new FakeClock()
  const backend = new FakeBackend(clock, script)
  const source = new FakeSource(clock, () => (backend.injected ? faulty : healthy))
  return { clock, backend, source, deps: makeDeps(clock, backend, { probe: source }) }
}

async function runOne(
  s: ReturnType<typeof scenario>,
  exp = makeExperiment(),
  settings = makeSettings()
) {
  const report = await runGate([exp], settings, s.deps)
  return { report, exp: report.experiments[0] as ExperimentReport }
}

describe('runGate lifecycle', () => {
  it('passes when the steady state holds, with every phase in order and recovery timed', async () => {
    const s = scenario()
    const { report, exp } = await runOne(s)
    expect(exp.verdict).toBe('pass')
    expect(exp.phases.map((p) => [p.name, p.status])).toEqual([
      ['preflight', 'ok'],
      ['before', 'ok'],
      ['inject', 'ok'],
      ['during', 'ok'],
      ['after', 'ok'],
      ['cleanup', 'ok']
    ])
    expect(s.backend.calls).toEqual(['check', 'preflight', 'submit', 'cleanup'])
    expect(exp.fault.removedAt! - exp.fault.injectedAt!).toBe(60_000)
    expect(exp.recovery).toMatchObject({ timedOut: false, mttrMs: 5_000 })
    expect(exp.measurements.filter((m) => m.phase === 'during')).toHaveLength(11)
    expect(report).toMatchObject({ verdict: 'pass', failed: false, runId: 'tkq1-ab12' })
    expect(exp.checks[0]?.phases).toMatchObject({
      before: { outcome: 'pass' },
      during: { outcome: 'pass' },
      after: { outcome: 'pass' }
    })
  })

  it('shares one evaluation time per tick across the checks of a source', async () => {
    const clock = new FakeClock()
    const backend = new FakeBackend(clock)
    const source = new FakeSource(clock, () => 0)
    const deps = makeDeps(clock, backend, { probe: source })
    const checks = [
      makeCheck({ name: 'a', source: 'probe', query: 'errorRatio', threshold: { max: 0.05 } }),
      makeCheck({ name: 'b', source: 'probe', query: 'latencyP99', threshold: { max: 500 } })
    ]
    const report = await runGate(
      [makeExperiment({ steadyState: makeSpec({}, checks) })],
      makeSettings(),
      deps
    )
    const during = report.experiments[0]!.measurements.filter((m) => m.phase === 'during')
    const pairs = during.filter((m) => m.check === 'a').map((m) => m.at)
    expect(during.filter((m) => m.check === 'b').map((m) => m.at)).toEqual(pairs)
  })

  it('aborts the fault once when the guard sees a breach, then measures recovery', async () => {
    const s = scenario({}, 0.5)
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('aborted')
    expect(exp.reasons[0]).toMatch(/guard aborted it: error-ratio = 0.5 > threshold.max 0.05/)
    expect(s.backend.abortCount).toBe(1)
    expect(exp.fault).toMatchObject({ abortedBy: 'guard', abortLatencyMs: 5 })
    expect(exp.fault.breachAt! - exp.fault.injectedAt!).toBe(5_000)
    expect(exp.recovery?.timedOut).toBe(false)
    expect(s.backend.calls).toEqual(['check', 'preflight', 'submit', 'abort', 'cleanup'])
    expect(s.deps.store.current?.experiments['checkout-latency']).toMatchObject({
      abortReason: expect.stringContaining('error-ratio') as string,
      cleanup: { deleted: ['gate-tkq1-ab12-checkout-latency'] }
    })
  })

  describe('with a source that reports each sample (the HTTP probe)', () => {
    /** A probe sample every 70 ms (not a divisor of the 5 s interval); 50 % errors while injected. */
    async function sampled(checks?: Parameters<typeof makeSpec>[1]) {
      const clock = new FakeClock()
      const backend = new FakeBackend(clock)
      const source = new SampledFakeSource(clock, () => (backend.injected ? 0.5 : 0), 70)
      const deps = makeDeps(clock, backend, { probe: source })
      const report = await runGate(
        [makeExperiment({ steadyState: makeSpec({}, checks) })],
        makeSettings(),
        deps
      )
      return { backend, exp: report.experiments[0]! }
    }

    it('aborts on the first breaching sample, not at the next check interval', async () => {
      const { backend, exp } = await sampled()
      expect(exp.verdict).toBe('aborted')
      expect(backend.abortCount).toBe(1)
      expect(exp.fault.breachAt! - exp.fault.injectedAt!).toBe(70)
      expect(exp.reasons[0]).toMatch(/guard aborted it: error-ratio = 0.5 > threshold.max 0.05/)
      // The deciding sample is recorded; the samples that decided nothing are not.
      expect(exp.measurements.filter((m) => m.phase === 'during')).toMatchObject([
        { level: 'breach', at: exp.fault.breachAt }
      ])
    })

    it('keeps the M-of-N rule on interval measurements: a sample completes it, never fills it', async () => {
      const check = makeCheck({
        name: 'error-ratio',
        source: 'probe',
        query: 'errorRatio',
        threshold: { max: 0.05 },
        breaches: 2,
        of: 2
      })
      const { exp } = await sampled([check])
      expect(exp.verdict).toBe('aborted')
      // The tick at 5 s is the first breach; the next sample (72 × 70 ms) is the second.
      expect(exp.fault.breachAt! - exp.fault.injectedAt!).toBe(5_040)
      expect(exp.measurements.filter((m) => m.phase === 'during').map((m) => m.level)).toEqual([
        'breach',
        'breach'
      ])
    })
  })

  describe('when several checks breach in one tick', () => {
    const checks = ['a', 'b', 'c'].map((name) =>
      makeCheck({
        name,
        source: 'probe',
        query: 'errorRatio',
        threshold: { max: 0.05 },
        breaches: 2,
        of: 2
      })
    )
    // Each measurement takes 100 ms; the second breaching tick measures from 10.000 s to 10.100 s.
    async function race(faultEndsAtMs: number) {
      const clock = new FakeClock()
      const backend = new FakeBackend(clock, { runsForMs: faultEndsAtMs })
      const source = new FakeSource(
        clock,
        (_c, _at, ctx) => (ctx.phase === 'during' ? 0.9 : 0),
        'probe',
        100
      )
      const deps = makeDeps(clock, backend, { probe: source })
      const report = await runGate(
        [makeExperiment({ steadyState: makeSpec({}, checks) })],
        makeSettings(),
        deps
      )
      return { backend, exp: report.experiments[0]! }
    }

    it('aborts once', async () => {
      const { backend, exp } = await race(60_000)
      expect(backend.abortCount).toBe(1)
      expect(exp.verdict).toBe('aborted')
      expect(exp.checks.map((c) => c.phases.during?.outcome)).toEqual(['fail', 'fail', 'fail'])
    })

    it('does not abort a fault the backend reported off while the tick was measuring, and fails', async () => {
      const { backend, exp } = await race(10_050)
      expect(backend.abortCount).toBe(0)
      expect(exp.verdict).toBe('fail')
      expect(exp.reasons[0]).toMatch(/^the steady state broke during the fault: a = 0.9/)
    })

    it('aborts once when the backend reports the fault off while the abort is in flight', async () => {
      // The fake abort takes 5 ms: the fault's own end lands inside it.
      const { backend, exp } = await race(10_102)
      expect(backend.abortCount).toBe(1)
      expect(exp.verdict).toBe('aborted')
    })
  })

  it('never aborts twice even when a breach and a cancellation race', async () => {
    const cancel = new AbortController()
    const s = scenario({}, 0.9)
    const deps = makeDeps(
      s.clock,
      s.backend,
      { probe: s.source },
      {
        signal: cancel.signal,
        listener: {
          measured: (_n, m) => m.level === 'breach' && cancel.abort(new Error('received SIGTERM'))
        }
      }
    )
    const report = await runGate([makeExperiment()], makeSettings(), deps)
    expect(s.backend.abortCount).toBe(1)
    expect(report.experiments[0]!.verdict).toBe('aborted')
  })

  it('keeps injecting on a breach when abortOnFail is off, and fails', async () => {
    const s = scenario({}, 0.5)
    const { exp } = await runOne(
      s,
      makeExperiment({ steadyState: makeSpec({ during: { abortOnFail: false } }) })
    )
    expect(s.backend.abortCount).toBe(0)
    expect(exp.verdict).toBe('fail')
    expect(exp.reasons[0]).toMatch(/^the steady state broke during the fault/)
  })

  it('aborts a fault it can no longer see (monitoring blind) and is inconclusive', async () => {
    const s = scenario({}, 'error')
    const { exp } = await runOne(s)
    expect(s.backend.abortCount).toBe(1)
    expect(exp.verdict).toBe('inconclusive')
    expect(exp.reasons[0]).toMatch(
      /could not be measured during the fault.*aborted rather than injected blind/
    )
  })

  it('injects nothing when the steady state fails before the fault', async () => {
    const s = scenario({}, 0, 0.3)
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('fail')
    expect(exp.reasons[0]).toMatch(/^steady state not met before fault: .*nothing was injected$/)
    expect(s.backend.calls).toEqual(['check', 'preflight', 'cleanup'])
    expect(s.source.times).toHaveLength(1)
  })

  it('injects nothing when the steady state cannot be measured before the fault', async () => {
    const s = scenario({}, 0, 'nodata')
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('inconclusive')
    expect(s.backend.calls).not.toContain('submit')
  })

  it('is an error naming the backend when this build lacks it', async () => {
    const clock = new FakeClock()
    const deps = makeDeps(clock, undefined, {})
    const report = await runGate([makeExperiment({ backend: 'litmus' })], makeSettings(), deps)
    expect(report.experiments[0]).toMatchObject({ verdict: 'error' })
    expect(report.experiments[0]!.reasons[0]).toBe(
      'preflight: the litmus backend is not available in this build; nothing was injected'
    )
  })

  it('is an error when a check needs a source that is not configured', async () => {
    const clock = new FakeClock()
    const backend = new FakeBackend(clock)
    const deps = makeDeps(clock, backend, {})
    const report = await runGate([makeExperiment()], makeSettings(), deps)
    expect(report.experiments[0]!.verdict).toBe('error')
    expect(report.experiments[0]!.reasons[0]).toMatch(/needs a probe source/)
    expect(backend.calls).not.toContain('submit')
  })

  it('cleans up after a failed submit', async () => {
    const s = scenario({ submitError: new Error('admission webhook denied the request') })
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('error')
    expect(exp.reasons[0]).toMatch(/could not create the fault: admission webhook denied/)
    expect(s.backend.calls.at(-1)).toBe('cleanup')
  })

  it('waits for the backend verdict and fails on Fail', async () => {
    const s = scenario({ verdict: 'fail' })
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('fail')
    expect(exp.reasons[0]).toBe("the backend's verdict is Fail: probe failed: availability")
  })

  it('is inconclusive when the backend is still Awaited at the end, and aborts the fault in cleanup', async () => {
    const s = scenario({ hangs: true })
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('inconclusive')
    expect(exp.reasons[0]).toMatch(/still Awaited/)
    expect(s.backend.abortCount).toBe(1)
    expect(exp.fault.abortedBy).toBe('timeout')
  })

  it('is an error when following the fault breaks', async () => {
    const s = scenario({ observeBreaksAfterMs: 1_000 })
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('error')
    expect(exp.reasons).toContain('lost track of the fault: watch connection reset')
  })

  it('fails when the steady state does not recover in time', async () => {
    const clock = new FakeClock()
    const backend = new FakeBackend(clock)
    let faultEnded = false
    const source = new FakeSource(clock, (_c, _at, ctx) => {
      if (ctx.phase === 'after') faultEnded = true
      return faultEnded ? 0.2 : 0
    })
    const deps = makeDeps(clock, backend, { probe: source })
    const report = await runGate([makeExperiment()], makeSettings(), deps)
    expect(report.experiments[0]!.verdict).toBe('fail')
    expect(report.experiments[0]!.reasons[0]).toBe(
      'the steady state did not recover within 60s after the fault'
    )
  })

  it('is an error naming the object when cleanup leaves it behind', async () => {
    const s = scenario({ stuck: true })
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('error')
    expect(exp.reasons[0]).toBe(
      'cleanup: gate-tkq1-ab12-checkout-latency is still present: finalizer still present (inspect: kubectl get fake gate-tkq1-ab12-checkout-latency)'
    )
  })

  it('is an error when the abort fails', async () => {
    const s = scenario({ abortError: new Error('403 Forbidden') }, 0.5)
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('error')
    expect(exp.reasons[0]).toMatch(
      /aborting the fault failed, so it may still be injected: FakeFault .*403 Forbidden/
    )
    expect(s.backend.abortCount).toBe(1)
  })

  it('does not hang on an abort that never returns', async () => {
    const s = scenario({ abortHangs: true }, 0.5)
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('error')
    expect(exp.reasons[0]).toMatch(/aborting the fault did not finish within 30.0s/)
    expect(s.backend.calls.at(-1)).toBe('cleanup')
  })

  it('fails on zero targets without injecting', async () => {
    const s = scenario({ targets: 0 })
    const { exp } = await runOne(s)
    expect(exp.verdict).toBe('fail')
    expect(exp.reasons[0]).toMatch(/zero targets/)
    expect(s.backend.calls).not.toContain('submit')
  })

  describe('with a metric source whose clock is ten minutes ahead of the runner', () => {
    const SKEW = 600_000
    /** A source with a clock of its own (as Prometheus has): now and every `at` are its time. */
    class AheadSource extends FakeSource {
      readonly skewMs = SKEW
      override async now(): Promise<number> {
        return (await super.now()) + SKEW
      }
    }
    function skewed(faulty: FakeAnswer) {
      const s = scenario({}, faulty)
      const source = new AheadSource(s.clock, () => (s.backend.injected ? faulty : 0))
      return { ...s, source, deps: makeDeps(s.clock, s.backend, { probe: source }) }
    }

    it('times recovery on one clock: the MTTR of a fault that recovered at once is not the skew', async () => {
      const { exp } = await runOne(skewed(0))
      expect(exp.recovery).toMatchObject({ timedOut: false, mttrMs: 5_000 })
      const [first] = exp.measurements
      expect(first!.at).toBeGreaterThanOrEqual(exp.startedAt)
      expect(first!.at).toBeLessThan(exp.fault.injectedAt!)
    })

    it('times the abort on one clock: the latency from breach to abort is not the skew', async () => {
      const { exp } = await runOne(skewed(0.5))
      expect(exp.fault).toMatchObject({ abortedBy: 'guard', abortLatencyMs: 5 })
      expect(exp.fault.breachAt! - exp.fault.injectedAt!).toBe(5_000)
      expect(exp.recovery?.timedOut).toBe(false)
    })
  })
})

describe('runGate run-state record', () => {
  it('reports a failure to record the end of the run instead of dropping it', async () => {
    const s = scenario()
    const warnings: string[] = []
    const deps = {
      ...s.deps,
      log: { ...s.deps.log, warn: (m: string) => void warnings.push(m) },
      runState: {
        begin: s.deps.store.begin.bind(s.deps.store),
        submitted: s.deps.store.submitted.bind(s.deps.store),
        aborted: s.deps.store.aborted.bind(s.deps.store),
        cleaned: s.deps.store.cleaned.bind(s.deps.store),
        finished: () => Promise.reject(new Error('ENOSPC: no space left on device'))
      }
    }
    const report = await runGate([makeExperiment()], makeSettings(), deps)
    expect(report.verdict).toBe('pass')
    expect(warnings).toEqual([
      "could not record the end of the run in the run-state file: ENOSPC: no space left on device; it still says 'running', so a later cleanup goes by whether this process is alive"
    ])
  })
})
