import type { GateReport } from '../../src/gate/result'
import { gateOutcome } from '../../src/report/gate-outcome'

const report = (over: Partial<GateReport>): GateReport =>
  ({
    failed: false,
    verdict: 'pass',
    mode: 'enforce',
    failOn: ['fail', 'error'],
    ...over
  }) as GateReport

describe('gateOutcome', () => {
  it.each([
    [{ failed: true, verdict: 'fail' }, 'failed', undefined],
    [
      { failed: true, verdict: 'inconclusive', cancelled: 'received SIGINT' },
      'cancelled',
      /SIGINT/
    ],
    [{ verdict: 'pass' }, 'passed', undefined],
    [{ verdict: 'skipped' }, 'not-failed', /every experiment was skipped, so nothing was tested/],
    [{ verdict: 'fail', mode: 'warn' }, 'not-failed', /verdict fail in warn mode/],
    [{ verdict: 'inconclusive' }, 'not-failed', /inconclusive is not in fail-on \(fail, error\)/]
  ] as const)('%j is %s', (over, kind, why) => {
    const outcome = gateOutcome(report(over))
    expect(outcome.kind).toBe(kind)
    if (why) expect('why' in outcome && outcome.why).toMatch(why)
  })
})
