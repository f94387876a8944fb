import { checkPromqlSyntax, loadPromqlGrammar } from '../../src/manifest/queries/promql-syntax'

describe('PromQL syntax', () => {
  beforeAll(() => loadPromqlGrammar())

  it.each([
    'sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{window}}])) / sum(rate(http_requests_total{job="checkout"}[{{window}}]))',
    'histogram_quantile(0.99, sum by (le)(rate(http_request_duration_seconds_bucket[{{ window }}])))',
    '(sum(rate(errors[{{window}}])) or vector(0)) / sum(rate(requests[{{window}}]))',
    'increase(x[{{duration}}] @ {{end}}) - x @ {{start}}',
    'min(kube_deployment_status_replicas_available{deployment="checkout"})',
    'time() - timestamp(up{job="checkout"})',
    '  up\n  # a comment\n  == 1'
  ])('accepts %s', (query) => {
    expect(checkPromqlSyntax(query)).toEqual([])
  })

  it.each([
    ['sum(rate(x[5m]) by (job)', 16, "PromQL syntax error: unexpected 'by'"],
    ['foo bar', 4, "PromQL syntax error: unexpected 'bar'"],
    ['up{job=}', 7, "PromQL syntax error: unexpected '}'"],
    ['sum(rate(x[5m])', 14, 'PromQL syntax error: the query ends too early'],
    ['rate(x[5m]) offset  ', 17, 'PromQL syntax error: the query ends too early'],
    ['rate(x[{{window}}]) +* 2', 21, "PromQL syntax error: unexpected '*'"]
  ])('locates the error in %p at offset %p', (query, offset, message) => {
    expect(checkPromqlSyntax(query)).toEqual([expect.objectContaining({ offset, message })])
  })

  it('reports an unknown placeholder at its own offset, and still checks the rest', () => {
    expect(checkPromqlSyntax('rate(x[{{windw}}]) +')).toEqual([
      {
        offset: 7,
        message: "unknown placeholder '{{windw}}'",
        expected: '{{window}}, {{start}}, {{end}}, {{duration}}'
      },
      expect.objectContaining({ message: 'PromQL syntax error: the query ends too early' })
    ])
  })

  it('refuses an empty query', () => {
    expect(checkPromqlSyntax('  ')).toEqual([
      expect.objectContaining({ message: 'the query is empty' })
    ])
  })
})
