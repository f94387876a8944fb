import { parseSampleValue } from '../../src/steady-state/prometheus/sample-value'

describe('parseSampleValue', () => {
  it.each<[string, number]>([
    ['NaN', NaN],
    ['+Inf', Infinity],
    ['-Inf', -Infinity],
    ['Inf', Infinity],
    ['1e-07', 1e-7],
    ['1.5e+21', 1.5e21],
    ['-0', -0],
    ['0', 0],
    ['42', 42],
    ['0.30000000000000004', 0.30000000000000004],
    ['-12.5', -12.5],
    ['.5', 0.5],
    ['1E3', 1000]
  ])('reads %s', (text, value) => {
    expect(parseSampleValue(text)).toBe(value)
  })

  it.each(['', ' ', '12abc', '0x10', 'Infinity', '1,5', 'null', '--1', '1e', 'e5', ' 1', '+'])(
    'refuses %p (Number() or parseFloat() would accept some of these)',
    (text) => {
      expect(parseSampleValue(text)).toBeUndefined()
    }
  )
})
