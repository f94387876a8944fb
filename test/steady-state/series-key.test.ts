import { formatLabels, parseSeriesKey, seriesKey } from '../../src/steady-state/series-key'

describe('series keys', () => {
  it.each([
    [{}],
    [{ job: 'checkout' }],
    [{ code: '500', job: 'checkout', route: '/pay,now' }],
    [{ weird: 'a="b",c=\\"d\\"', e: '' }],
    [{ unicode: 'äö→' }]
  ])('round-trips %p', (labels) => {
    expect(parseSeriesKey(seriesKey(labels))).toEqual(labels)
  })

  it('is the same for the same labels in any order', () => {
    expect(seriesKey({ b: '2', a: '1' })).toBe(seriesKey({ a: '1', b: '2' }))
  })

  it('escapes quotes in formatted values', () => {
    expect(formatLabels({ msg: 'say "hi"' })).toBe('{msg="say \\"hi\\""}')
  })
})
