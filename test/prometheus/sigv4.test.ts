/**
 * SigV4 for Amazon Managed Prometheus on the Prometheus query path: a local workspace endpoint
 * recomputes each request's signature from first principles (the AWS SigV4 algorithm, written
 * here with node:crypto and not the SDK) with the known test credentials the SDK's default chain
 * reads from the environment, and answers 403 unless it matches. GET and the long-query POST form
 * are both signed; a wrong secret is refused; the session token travels and is handed to the mask.
 */
import { createHash, createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { PrometheusClient } from '../../src/steady-state/prometheus/client'
import { PrometheusError } from '../../src/steady-state/prometheus/prometheus-error'
import { sigV4Signer } from '../../src/steady-state/prometheus/sigv4-signer'
import { silentLog } from '../../src/util/log'
import { FakeClock } from '../fakes/clock'
import { endpoint, thrown } from './client-setup'

const KEY_ID = 'AKIDEXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
const SESSION = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN'
const REGION = 'eu-west-1'

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
  readonly verdict: string
}

/** A workspace that accepts a request only when its SigV4 signature is right for `secret`. */
async function workspace(
  secret: string
): Promise<{ url: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      const verdict = verify(req, body, secret)
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, verdict })
      res.setHeader('content-type', 'application/json')
      if (verdict !== 'ok')
        return void res.writeHead(403).end(
          JSON.stringify({
            message:
              'The request signature we calculated does not match the signature you provided.'
          })
        )
      res.end(
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'vector',
            result: [{ metric: { job: 'checkout' }, value: [1_800_000_000, '0.25'] }]
          }
        })
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/workspaces/ws-1a2b3c/`,
    seen,
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}

/** 'ok', or why the signature does not hold (the AWS SigV4 signing process, step by step). */
function verify(req: http.IncomingMessage, body: string, secret: string): string {
  const auth =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      String(req.headers.authorization ?? '')
    )
  if (!auth) return `no SigV4 Authorization header: ${String(req.headers.authorization)}`
  const [, keyId, date, region, service, signedHeaders = '', signature] = auth
  const amzDate = String(req.headers['x-amz-date'] ?? '')
  if (!amzDate.startsWith(date ?? '-')) return 'x-amz-date is not the credential date'
  const payloadHash = createHash('sha256').update(body).digest('hex')
  if (req.headers['x-amz-content-sha256'] !== payloadHash)
    return 'x-amz-content-sha256 is not the body hash'
  const url = new URL(req.url ?? '/', 'http://x')
  const query = [...url.searchParams]
    .map(([k, v]) => [enc(k), enc(v)])
    .sort(([a = '', b = ''], [c = '', d = '']) => (a === c ? (b < d ? -1 : 1) : a < c ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  const names = signedHeaders.split(';')
  const canonicalHeaders = names
    .map(
      (n) =>
        `${n}:${String(req.headers[n] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`
    )
    .join('')
  const path = url.pathname
    .split('/')
    .map((s) => enc(decodeURIComponent(s)))
    .join('/')
  const canonical = [req.method, path, query, canonicalHeaders, signedHeaders, payloadHash].join(
    '\n'
  )
  const scope = `${date}/${region}/${service}/aws4_request`
  const toSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    scope,
    createHash('sha256').update(canonical).digest('hex')
  ].join('\n')
  const hmac = (key: string | Buffer, data: string): Buffer =>
    createHmac('sha256', key).update(data).digest()
  const key = hmac(
    hmac(hmac(hmac(`AWS4${secret}`, date ?? ''), region ?? ''), service ?? ''),
    'aws4_request'
  )
  const expected = createHmac('sha256', key).update(toSign).digest('hex')
  if (keyId !== KEY_ID) return `unknown key ${keyId}`
  return expected === signature ? 'ok' : 'signature mismatch'
}

function enc(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

const saved = { ...process.env }
beforeAll(() => {
  process.env.AWS_ACCESS_KEY_ID = KEY_ID
  process.env.AWS_SECRET_ACCESS_KEY = SECRET
  process.env.AWS_SESSION_TOKEN = SESSION
})
afterAll(() => {
  process.env = saved
})

function client(url: string, secrets: string[]): PrometheusClient {
  const sign = sigV4Signer({ region: REGION, service: 'aps' }, {}, (s) => secrets.push(s))
  return new PrometheusClient(
    endpoint(url, { retries: 0, headers: { 'X-Team': 'checkout-team' } }),
    {
      clock: new FakeClock(),
      log: silentLog,
      env: {},
      sign
    }
  )
}

describe('SigV4 for Amazon Managed Prometheus', () => {
  it('signs a GET query so a workspace that recomputes the signature accepts it', async () => {
    const ws = await workspace(SECRET)
    const secrets: string[] = []
    try {
      const answer = await client(ws.url, secrets).query(
        'sum(rate(http_requests_total{code=~"5.."}[5m])) / 2',
        {
          signal: new AbortController().signal,
          time: 1_800_000_000_000
        }
      )
      expect(answer.result).toMatchObject({ resultType: 'vector', series: [{ value: 0.25 }] })
      const [req] = ws.seen
      expect(req).toMatchObject({ method: 'GET', verdict: 'ok' })
      expect(req?.url).toMatch(/^\/workspaces\/ws-1a2b3c\/api\/v1\/query\?/)
      expect(req?.headers['x-amz-security-token']).toBe(SESSION)
      expect(req?.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/)
      expect(String(req?.headers.authorization).split('SignedHeaders=')[1]).toMatch(
        /^accept;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-team,/
      )
      expect(secrets).toEqual(expect.arrayContaining([SECRET, SESSION]))
    } finally {
      await ws.close()
    }
  })

  it('signs the POST form of a long query, body hash included', async () => {
    const ws = await workspace(SECRET)
    try {
      const long = `sum(rate(http_requests_total{path=~"${'/api/x|'.repeat(400)}"}[5m]))`
      await client(ws.url, []).query(long, { signal: new AbortController().signal })
      expect(ws.seen[0]).toMatchObject({ method: 'POST', verdict: 'ok' })
    } finally {
      await ws.close()
    }
  })

  it('a signature from other credentials is refused, as an auth error', async () => {
    const ws = await workspace('not-the-secret')
    try {
      const err = await thrown(() =>
        client(ws.url, []).query('up', { signal: new AbortController().signal })
      )
      expect(ws.seen[0]?.verdict).toBe('signature mismatch')
      expect(err).toBeInstanceOf(PrometheusError)
      expect(err).toMatchObject({ kind: 'auth' })
    } finally {
      await ws.close()
    }
  })

  it('needs a region from the setting or the environment', () => {
    expect(() => sigV4Signer({ service: 'aps' }, {}, () => undefined)).toThrow(
      /sigv4 needs a region/
    )
    expect(() =>
      sigV4Signer({ service: 'aps' }, { AWS_REGION: REGION }, () => undefined)
    ).not.toThrow()
  })
})
