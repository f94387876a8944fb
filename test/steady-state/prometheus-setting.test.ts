import { readPrometheusSetting } from '../../src/steady-state/prometheus-setting'

describe('the prometheus-url setting, one reader for the action and the CLI', () => {
  it('fills in the query timeout and retries, and trims the URL to the server root', () => {
    expect(readPrometheusSetting('https://prom.example/', ['X-Scope-OrgID: tenant'])).toEqual({
      endpoint: {
        url: 'https://prom.example',
        headers: { 'X-Scope-OrgID': 'tenant' },
        timeoutMs: 10_000,
        retries: 2,
        strictWarnings: false,
        insecureSkipVerify: false
      },
      problems: []
    })
  })

  it('is no endpoint and no problem when nothing is set', () => {
    expect(readPrometheusSetting(undefined, ['', '  '])).toEqual({ problems: [] })
  })

  it('reports every problem at once, never quoting a header value', () => {
    const { endpoint, problems } = readPrometheusSetting('prom:9090', [
      'Authorization: Bearer hunter2',
      'no colon hunter3',
      'Bad Name: hunter4'
    ])
    expect(endpoint).toBeUndefined()
    expect(problems).toEqual([
      {
        setting: 'headers',
        message: "header 2 is not 'Name: value' (values are secrets and are not shown)"
      },
      {
        setting: 'headers',
        message: "header 3 is not 'Name: value' (values are secrets and are not shown)"
      },
      {
        setting: 'url',
        message:
          "'prom:9090' is not an http:// or https:// URL of the Prometheus server (its root, without /api/v1)"
      }
    ])
  })

  it('refuses headers without a URL', () => {
    expect(readPrometheusSetting(undefined, ['A: b']).problems).toEqual([
      { setting: 'headers', message: 'headers were given but no prometheus-url is set' }
    ])
  })
})
