import {
  formatDuration,
  parseDuration,
  requireDuration,
  toGoDuration
} from '../../src/util/duration'

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['1m30s', 90_000],
    ['250ms', 250],
    ['1.5h', 5_400_000],
    ['2h45m', 9_900_000],
    ['0', 0],
    ['7d', 604_800_000],
    ['100us', 0.1]
  ])('reads %s as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', '5 minutes', '30', '1m 30s', 's', '-5s', '5x', '1e3s'])('rejects %p', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })

  it('says what was expected when a duration is required', () => {
    expect(() => requireDuration('5 minutes', 'spec.duration')).toThrow(
      "spec.duration must be a duration like '30s', '5m' or '1m30s'; got '5 minutes'"
    )
  })
})

describe('formatDuration', () => {
  it.each([
    [850, '850ms'],
    [1234, '1.23s'],
    [12_345, '12.3s'],
    [245_000, '4m05s'],
    [3_720_000, '1h02m'],
    // Rounding carries into the next unit instead of writing 60.
    [59_960, '1m00s'],
    [299_500, '5m00s'],
    [3_599_700, '1h00m'],
    [7_170_000, '2h00m']
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('toGoDuration', () => {
  it.each([
    [90_000, '1m30s'],
    [3_600_000, '1h'],
    [1500, '1s500ms'],
    [0, '0s']
  ])('writes %d ms as %s', (ms, text) => {
    expect(toGoDuration(ms)).toBe(text)
    if (ms > 0) expect(parseDuration(text)).toBe(ms)
  })
})
