import type { CheckSpec } from '../../src/manifest/steady-state-model'
import { advance, concludePhase, START } from '../../src/steady-state/check-state'
import type { Level } from '../../src/steady-state/model'
import { makeCheck, measured } from '../fakes/check'

function run(check: CheckSpec, levels: Level[]) {
  return levels.reduce((s, level, i) => advance(check, s, measured(level, i)), START)
}

describe('M-of-N breaches', () => {
  it.each<[string, Partial<CheckSpec>, Level[], string]>([
    ['1 of 1 fails on the first breach', { breaches: 1, of: 1 }, ['ok', 'breach'], 'fail'],
    [
      '2 of 2 needs consecutive breaches',
      { breaches: 2, of: 2 },
      ['breach', 'ok', 'breach'],
      'pending'
    ],
    ['2 of 2 fails on two in a row', { breaches: 2, of: 2 }, ['ok', 'breach', 'breach'], 'fail'],
    [
      '2 of 3 counts interleaved breaches',
      { breaches: 2, of: 3 },
      ['breach', 'ok', 'breach'],
      'fail'
    ],
    [
      '2 of 3 evicts old breaches',
      { breaches: 2, of: 3 },
      ['breach', 'ok', 'ok', 'breach'],
      'pending'
    ],
    [
      'errors neither reset nor fill the ring',
      { breaches: 2, of: 2 },
      ['breach', 'error', 'breach'],
      'fail'
    ],
    ['warn is not a breach', { breaches: 1, of: 1 }, ['warn', 'warn'], 'pending']
  ])('%s', (_name, overrides, levels, outcome) => {
    expect(run(makeCheck(overrides), levels).outcome).toBe(outcome)
  })

  it('explains an M-of-N failure', () => {
    const s = run(makeCheck({ breaches: 2, of: 3 }), ['breach', 'ok', 'breach'])
    expect(s.reason).toBe('error-ratio breach (2 of the last 3 measurements breached)')
    expect(s.decidedAt).toBe(2)
  })

  it('is sticky once failed', () => {
    const c = makeCheck()
    const failed = run(c, ['breach'])
    expect(advance(c, failed, measured('ok', 5))).toBe(failed)
  })
})

describe('errorLimit and noData', () => {
  it('tolerates errorLimit unknown measurements and goes inconclusive on one more', () => {
    const c = makeCheck({ errorLimit: 2 })
    expect(run(c, ['error', 'nodata']).outcome).toBe('pending')
    expect(run(c, ['error', 'nodata', 'error']).outcome).toBe('inconclusive')
  })

  it('resets the unknown streak on a conclusive measurement', () => {
    const c = makeCheck({ errorLimit: 2 })
    expect(run(c, ['error', 'error', 'ok', 'error', 'error']).outcome).toBe('pending')
  })

  it.each<[CheckSpec['noData'], string, number]>([
    ['fail', 'fail', 1],
    ['warn', 'pending', 1],
    ['pass', 'pending', 1],
    ['inconclusive', 'pending', 0]
  ])('noData: %s turns missing data into %s', (noData, outcome, conclusive) => {
    const s = run(makeCheck({ noData, errorLimit: 3 }), ['nodata'])
    expect(s.outcome).toBe(outcome)
    expect(s.conclusive).toBe(conclusive)
  })

  it('noData: warn marks the check as warned', () => {
    const c = makeCheck({ noData: 'warn' })
    expect(concludePhase(c, run(c, ['nodata', 'ok']), 2).outcome).toBe('warn')
  })

  it('a configuration error is inconclusive at once', () => {
    const c = makeCheck({ errorLimit: 10 })
    const s = advance(c, START, { ...measured('error'), errorKind: 'config', message: 'bad query' })
    expect(s).toMatchObject({ outcome: 'inconclusive', reason: 'configuration error: bad query' })
  })
})

describe('concludePhase', () => {
  const c = makeCheck()
  it('needs minSamples conclusive measurements, and names what the others said', () => {
    expect(concludePhase(c, run(c, ['ok', 'error']), 2)).toEqual({
      outcome: 'inconclusive',
      reason:
        'error-ratio: error-ratio error; only 1 conclusive measurement; at least 2 are required'
    })
    expect(concludePhase(c, run(c, ['ok']), 2)).toEqual({
      outcome: 'inconclusive',
      reason: 'error-ratio: only 1 conclusive measurement; at least 2 are required'
    })
    expect(concludePhase(c, run(c, ['ok', 'ok']), 2).outcome).toBe('pass')
  })

  it('never passes a phase with no measurements at all', () => {
    expect(concludePhase(c, START, 1).outcome).toBe('inconclusive')
  })

  it('reports warn when the grey zone was entered', () => {
    expect(concludePhase(c, run(c, ['ok', 'warn']), 2).outcome).toBe('warn')
  })
})
