import type { Level } from '../../src/steady-state/model'
import { NOT_RECOVERED, trackRecovery } from '../../src/steady-state/recovery'
import { makeCheck, measured } from '../fakes/check'

describe('trackRecovery', () => {
  const errors = makeCheck({ name: 'errors', breaches: 2, of: 2 })
  const latency = makeCheck({ name: 'latency' })
  const checks = [errors, latency]

  function feed(ticks: [Level, Level][]) {
    return ticks.reduce(
      (state, [e, l], i) =>
        trackRecovery(checks, state, [
          measured(e, i * 1000, 'errors'),
          measured(l, i * 1000, 'latency')
        ]),
      NOT_RECOVERED
    )
  }

  it('recovers when every check holds for its streak, dated at the streak start', () => {
    const s = feed([
      ['breach', 'breach'],
      ['ok', 'breach'],
      ['ok', 'ok']
    ])
    expect(s.recoveredAt).toBe(1000 + 1000)
  })

  it('a breach resets the streak', () => {
    const s = feed([
      ['ok', 'ok'],
      ['breach', 'ok'],
      ['ok', 'ok']
    ])
    expect(s.recoveredAt).toBeUndefined()
  })

  it('unknown measurements neither count nor reset', () => {
    const s = feed([
      ['ok', 'ok'],
      ['error', 'ok'],
      ['ok', 'ok']
    ])
    expect(s.recoveredAt).toBe(0)
  })

  it('missing data is not recovery', () => {
    expect(
      feed([
        ['nodata', 'nodata'],
        ['nodata', 'nodata']
      ]).recoveredAt
    ).toBeUndefined()
  })
})
