import { groupedListener } from '../../src/action/log-groups'
import type { GateListener } from '../../src/gate/gate-deps'
import { experimentReport } from './fixtures/report'

/** Group commands and the inner listener's lines, in the order the step log would show them. */
function recorder() {
  const log: string[] = []
  const inner: GateListener = {
    phaseStarted: (name, phase) => log.push(`[${name}] ${phase}`),
    measured: (name, m) => log.push(`[${name}] ${m.message}`),
    experimentFinished: (r) => log.push(`[${r.name}] ${r.verdict}`)
  }
  const groups = {
    start: (name: string) => log.push(`::group::${name}`),
    end: () => log.push('::endgroup::')
  }
  return { log, listener: groupedListener(inner, groups) }
}

describe('groupedListener', () => {
  it('folds each phase of each experiment into its own group, with the verdict outside', () => {
    const { log, listener } = recorder()
    listener.phaseStarted?.('checkout', 'preflight', 0, 0)
    listener.phaseStarted?.('checkout', 'during', 1, 2)
    listener.measured?.('checkout', {
      check: 'p99',
      phase: 'during',
      at: 1,
      level: 'ok',
      series: [],
      message: 'p99 = 80ms'
    })
    listener.experimentFinished?.(experimentReport({ name: 'checkout' }))
    listener.close()
    expect(log).toEqual([
      '::group::checkout · preflight',
      '[checkout] preflight',
      '::endgroup::',
      '::group::checkout · during',
      '[checkout] during',
      '[checkout] p99 = 80ms',
      '::endgroup::',
      '[checkout] pass'
    ])
  })

  it('closes a group the run left open, once', () => {
    const { log, listener } = recorder()
    listener.phaseStarted?.('checkout', 'during', 0, 1)
    listener.close()
    listener.close()
    expect(log.filter((l) => l === '::endgroup::')).toHaveLength(1)
  })
})
