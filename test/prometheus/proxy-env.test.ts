import { proxyUrlFor, toProxyTarget } from '../../src/steady-state/prometheus/proxy-env'

const https = new URL('https://prometheus.staging.example:9090/')
const http = new URL('http://10.0.0.5:9090/')

describe('proxy environment variables', () => {
  it('uses HTTPS_PROXY for https and HTTP_PROXY for http, lowercase first', () => {
    const env = {
      HTTPS_PROXY: 'http://upper:3128',
      https_proxy: 'http://lower:3128',
      HTTP_PROXY: 'http://plain:8080'
    }
    expect(proxyUrlFor(https, env)?.host).toBe('lower:3128')
    expect(proxyUrlFor(http, env)?.host).toBe('plain:8080')
  })

  it('falls back to ALL_PROXY, and to a direct connection', () => {
    expect(proxyUrlFor(https, { ALL_PROXY: 'http://all:1' })?.host).toBe('all:1')
    expect(proxyUrlFor(https, {})).toBeUndefined()
    expect(proxyUrlFor(https, { HTTPS_PROXY: '  ' })).toBeUndefined()
  })

  it.each([
    ['*', true],
    ['staging.example', true],
    ['.staging.example', true],
    ['*.staging.example', true],
    ['other.example,staging.example', true],
    ['prometheus.staging.example:9090', true],
    ['prometheus.staging.example:443', false],
    ['example.org', false],
    ['ging.example', false]
  ])('NO_PROXY=%p bypasses the proxy: %p', (noProxy, bypass) => {
    const url = proxyUrlFor(https, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy })
    expect(url === undefined).toBe(bypass)
  })

  it('reads a proxy without a scheme, with credentials, in the form axios takes', () => {
    const url = proxyUrlFor(https, { HTTPS_PROXY: 'user:p%40ss@proxy.internal:3128' })
    expect(url && toProxyTarget(url)).toEqual({
      protocol: 'http',
      host: 'proxy.internal',
      port: 3128,
      auth: { username: 'user', password: 'p@ss' }
    })
  })
})
