import {
  parsePrometheusHeaders,
  parsePrometheusUrl,
  prometheusEndpoint,
  prometheusSecrets
} from '../../src/steady-state/prometheus-setting'

describe('the prometheus-url setting, one reader for the action and the CLI', () => {
  it('trims the URL to the server root and fills in the query timeout and retries', () => {
    expect(parsePrometheusUrl('https://prom.example/')).toEqual({ url: 'https://prom.example' })
    expect(prometheusEndpoint('https://prom.example', { 'X-Scope-OrgID': 'tenant' })).toEqual({
      url: 'https://prom.example',
      headers: { 'X-Scope-OrgID': 'tenant' },
      timeoutMs: 10_000,
      retries: 2,
      strictWarnings: false,
      insecureSkipVerify: false
    })
  })

  it('refuses a URL that is not http(s)', () => {
    expect(parsePrometheusUrl('prom:9090')).toEqual({
      problem:
        "'prom:9090' is not an http:// or https:// URL of the Prometheus server (its root, without /api/v1)"
    })
  })

  it('names every broken header line at once, never quoting a header value', () => {
    expect(parsePrometheusHeaders(['', '  '])).toEqual({ headers: {} })
    expect(
      parsePrometheusHeaders([
        'Authorization: Bearer hunter2',
        'no colon hunter3',
        'Bad Name: hunter4'
      ])
    ).toEqual({
      problem: "headers 2, 3 are not 'Name: value' (values are secrets and are not shown)"
    })
  })

  it('finds the secrets in the header values and the URL', () => {
    expect(prometheusSecrets('https://u:p%40ss@prom', ['Authorization: Bearer hunter2'])).toEqual(
      expect.arrayContaining(['Bearer hunter2', 'p@ss'])
    )
  })
})
