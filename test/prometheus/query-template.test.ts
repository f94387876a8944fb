import { findPlaceholders, renderQuery } from '../../src/manifest/queries/query-template'

const values = {
  windowMs: 90_000,
  startMs: 1_700_000_000_000,
  endMs: 1_700_000_252_400,
  minDurationMs: 2000
}

describe('query templates', () => {
  it('renders every placeholder the way PromQL reads it', () => {
    expect(
      renderQuery(
        'increase(x[{{window}}]) + y @ {{ start }} + z @ {{end}} + increase(w[{{duration}}])',
        values
      )
    ).toBe('increase(x[1m30s]) + y @ 1700000000.000 + z @ 1700000252.400 + increase(w[4m13s])')
  })

  it('clamps {{duration}} to its floor so rate() over it has two samples', () => {
    expect(renderQuery('rate(x[{{duration}}])', { ...values, endMs: values.startMs + 300 })).toBe(
      'rate(x[2s])'
    )
  })

  it('refuses an unknown placeholder and lists the known ones', () => {
    expect(() => renderQuery('rate(x[{{windw}}])', values)).toThrow(
      'unknown placeholder {{windw}}; the placeholders are {{window}}, {{start}}, {{end}}, {{duration}}'
    )
  })

  it('finds placeholders with their offsets, for error positions', () => {
    expect(findPlaceholders('a[{{window}}] b[{{ oops }}]')).toEqual([
      { name: 'window', offset: 2, length: 10 },
      { name: 'oops', offset: 16, length: 10 }
    ])
  })

  it('leaves PromQL braces alone', () => {
    expect(renderQuery('sum(x{job="a",code=~"5.{2}"})', values)).toBe(
      'sum(x{job="a",code=~"5.{2}"})'
    )
  })
})
