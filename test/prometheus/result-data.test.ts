import { instantSamples } from '../../src/steady-state/prometheus/instant-samples'
import { PrometheusError } from '../../src/steady-state/prometheus/prometheus-error'
import { readResultData } from '../../src/steady-state/prometheus/result-data'

function errorOf(op: () => unknown): PrometheusError {
  try {
    op()
  } catch (err) {
    if (err instanceof PrometheusError) return err
    throw err
  }
  throw new Error('expected an error')
}

describe('result types', () => {
  it('keeps the labels and the stamp of every vector series and parses special values', () => {
    const r = readResultData({
      resultType: 'vector',
      result: [
        { metric: { pod: 'b' }, value: [1, '+Inf'] },
        { metric: { pod: 'a' }, value: [1, 'NaN'] }
      ]
    })
    expect(r).toEqual({
      resultType: 'vector',
      series: [
        { labels: { pod: 'b' }, value: Infinity, at: 1000 },
        { labels: { pod: 'a' }, value: NaN, at: 1000 }
      ]
    })
  })

  it('accepts a scalar as one unlabelled series', () => {
    const r = readResultData({ resultType: 'scalar', result: [1700000000.5, '3'] })
    expect(r).toEqual({ resultType: 'scalar', at: 1_700_000_000_500, value: 3 })
    expect(instantSamples(r, 'scalar(x)')).toEqual([{ labels: {}, value: 3 }])
  })

  it('turns a range vector from an instant query into a configuration error with a fix', () => {
    const r = readResultData({ resultType: 'matrix', result: [{ metric: {}, values: [[1, '1']] }] })
    const err = errorOf(() => instantSamples(r, 'http_requests_total[5m]'))
    expect(err.kind).toBe('config')
    expect(err.message).toBe(
      "the query 'http_requests_total[5m]' returned a range vector; a check needs an instant vector or a scalar: wrap the range selector in a function such as rate(...[5m]) or avg_over_time(...[5m])"
    )
  })

  it('turns a string result into a configuration error', () => {
    const r = readResultData({ resultType: 'string', result: [1, 'hello'] })
    expect(errorOf(() => instantSamples(r, '"hello"')).kind).toBe('config')
  })

  it('refuses an unknown resultType as a server error', () => {
    const err = errorOf(() => readResultData({ resultType: 'table', result: [] }))
    expect(err).toMatchObject({
      kind: 'server',
      message: "malformed answer from Prometheus: unknown resultType 'table'"
    })
  })

  it('makes native histogram samples a configuration error', () => {
    const histogram = [1, { count: '10', sum: '2', buckets: [] }]
    expect(
      errorOf(() => readResultData({ resultType: 'vector', result: [{ metric: {}, histogram }] }))
        .kind
    ).toBe('config')
    expect(
      errorOf(() =>
        readResultData({ resultType: 'matrix', result: [{ metric: {}, histograms: [histogram] }] })
      ).message
    ).toContain('native histogram samples are not supported')
  })

  it.each([
    [
      'a garbage value',
      { resultType: 'vector', result: [{ metric: {}, value: [1, '12abc'] }] },
      "sample value '12abc' is not a number"
    ],
    [
      'a value that is a JSON number',
      { resultType: 'vector', result: [{ metric: {}, value: [1, 12] }] },
      'result.0.value.1'
    ],
    [
      'labels that are not strings',
      { resultType: 'vector', result: [{ metric: { a: 1 }, value: [1, '1'] }] },
      'result.0.metric.a'
    ],
    ['no data at all', undefined, 'data'],
    [
      'a vector sample without a value',
      { resultType: 'vector', result: [{ metric: {} }] },
      'neither `value` nor `histogram`'
    ]
  ])('refuses %s as a malformed answer', (_name, data, detail) => {
    const err = errorOf(() => readResultData(data))
    expect(err.kind).toBe('server')
    expect(err.message).toContain(detail)
  })
})
