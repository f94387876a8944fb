import { colorOn, truncateVisible, visibleLength } from '../../src/report/terminal/ansi'
import { renderLiveRow, TerminalProgress } from '../../src/report/terminal/live-view'
import { FakeClock } from '../fakes/clock'
import { twoExperimentReport } from './fixture'

/** The escape character that starts every ANSI sequence. */
const ESC = String.fromCharCode(27)

function capture(isTTY: boolean) {
  const chunks: string[] = []
  return { out: { isTTY, write: (t: string) => chunks.push(t) }, text: () => chunks.join('') }
}

const m = (at: number, level: 'ok' | 'breach', value: number) => ({
  check: 'error-ratio',
  phase: 'during' as const,
  at,
  level,
  series: [],
  message: `error-ratio = ${value}`
})

describe('terminal live view', () => {
  it('prints plain lines without ANSI codes when not a TTY', async () => {
    const clock = new FakeClock(0)
    const { out, text } = capture(false)
    const view = new TerminalProgress(out, clock)
    view.experimentStarted('errors', 0)
    view.phaseStarted('errors', 'during', 1_000, 11_000)
    view.measured('errors', m(2_000, 'ok', 0))
    view.measured('errors', m(3_000, 'breach', 0.6))
    view.backendEvent('errors', {
      at: 3_001,
      phase: 'stopped',
      verdict: 'stopped',
      message: 'stopped by the gate'
    })
    const report = await twoExperimentReport()
    view.experimentFinished(report.experiments[1]!)
    expect(text().includes(ESC)).toBe(false)
    expect(text().split('\n').slice(0, 4)).toEqual([
      '[errors] during (fault on for 10.0s)',
      '[errors] during 1.00s  error-ratio = 0 [ok]',
      '[errors] during 2.00s  error-ratio = 0.6 [breach]',
      '[errors] backend stopped (stopped): stopped by the gate'
    ])
    expect(text()).toMatch(
      /\[checkout-errors\] ✅ pass \(broke as expected: aborted\): as expected \(expect: fail\), the steady state broke/
    )
  })

  it('redraws one line per running experiment on a TTY, with elapsed and remaining time', () => {
    const clock = new FakeClock(0)
    const { out, text } = capture(true)
    const view = new TerminalProgress(out, clock)
    view.experimentStarted('latency', 0)
    view.phaseStarted('latency', 'during', 0, 10_000)
    clock.advance(4_000)
    view.measured('latency', m(4_000, 'ok', 0))
    expect(text()).toContain(`${ESC}[1A\r${ESC}[J`)
    view.finish()
    const row = renderLiveRow(
      {
        name: 'latency',
        phase: 'during',
        phaseAt: 0,
        expectedEnd: 10_000,
        last: new Map([['error-ratio', m(4_000, 'ok', 0)]])
      },
      4_000,
      false
    )
    expect(row).toBe('⠋ latency  during (4.00s, ~6.00s left)  error-ratio = 0 [ok]')
  })
})

describe('terminal live view of a one-shot fault (a pod kill)', () => {
  it('says it waits for recovery, and for how long at most, not that a fault is on', () => {
    const clock = new FakeClock(0)
    const { out, text } = capture(false)
    const view = new TerminalProgress(out, clock)
    view.phaseStarted('kill', 'during', 1_000, 301_000, { oneShot: true })
    expect(text()).toBe('[kill] during (one-shot fault; waiting for recovery, timeout 5m00s)\n')
  })

  it('keeps the row honest on a TTY: the bound is a most, not a countdown', () => {
    const clock = new FakeClock(0)
    const { out, text } = capture(true)
    const view = new TerminalProgress(out, clock)
    view.phaseStarted('kill', 'during', 0, 300_000, { oneShot: true })
    clock.advance(65_000)
    view.measured('kill', m(65_000, 'ok', 0))
    expect(text()).toContain('(1m05s, waiting for recovery, at most 3m55s more)')
    view.finish()
  })
})

describe('truncateVisible', () => {
  it('cuts to the visible width and keeps styles closed', () => {
    const styled = `${ESC}[1mduring${ESC}[0m latency-p99 = 209 ${ESC}[32m[ok]${ESC}[0m`
    expect(truncateVisible(styled, 80)).toBe(styled)
    const cut = truncateVisible(styled, 12)
    expect(visibleLength(cut)).toBe(12)
    expect(cut.endsWith(`…${ESC}[0m`)).toBe(true)
  })
})

describe('colour and width from the environment', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false]
  ])('%j on a TTY=%s colours: %s', (env, isTTY, expected) => {
    expect(colorOn(env, isTTY)).toBe(expected)
  })

  it('lays a terminal that reports 0 columns out at 80', () => {
    const chunks: string[] = []
    const out = { isTTY: true, columns: 0, write: (t: string) => chunks.push(t) }
    const view = new TerminalProgress(out, new FakeClock(0), false)
    view.experimentStarted('x'.repeat(120), 0)
    const drawn = chunks
      .join('')
      .split('\n')
      .filter((l) => l.includes('xxx'))
    expect(drawn.length).toBeGreaterThan(0)
    for (const line of drawn) expect(visibleLength(line)).toBeLessThanOrEqual(80)
  })
})
