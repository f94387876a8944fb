/**
 * The cloudwatch source through the real SDK against a local CloudWatch-compatible endpoint
 * (local-cloudwatch.ts): the GetMetricData request the SDK sends, values, NaN and empty answers,
 * pages joined through NextToken, PartialData, throttling, refused credentials and answers the SDK
 * cannot read, each a value or a classified error, never a silent pass. A warning from the SDK's
 * parsers fails the test as a rejection would. Then whole gate runs that pass, fail and are
 * inconclusive.
 */
import { logger as smithyLogger } from '@smithy/smithy-client'

import { runGate } from '../../../src/gate/run-gate'
import type { CloudWatchEndpoint, CloudWatchQuery } from '../../../src/manifest/steady-state-model'
import {
  type CloudWatchApi,
  cloudWatchApi
} from '../../../src/steady-state/cloudwatch/cloudwatch-api'
import { cloudWatchSourceFactory } from '../../../src/steady-state/cloudwatch/cloudwatch-factory'
import { CloudWatchSource } from '../../../src/steady-state/cloudwatch/cloudwatch-source'
import { systemClock } from '../../../src/util/clock'
import { makeCheck } from '../../fakes/check'
import { FakeBackend } from '../../gate/fakes/fake-backend'
import { makeDeps, makeExperiment, makeSettings, makeSpec } from '../../gate/fakes/gate-fixtures'
import { type CloudWatchAnswer, LocalCloudWatch } from './local-cloudwatch'

const saved = { ...process.env }
let cw: LocalCloudWatch
beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE'
  process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
  process.env.AWS_SESSION_TOKEN = 'session-token-example'
  cw = await LocalCloudWatch.start()
})
afterAll(async () => {
  process.env = saved
  await cw.close()
})
let warned: jest.SpyInstance<void, unknown[]>
const opened: CloudWatchApi[] = []
const api = (ep: CloudWatchEndpoint): CloudWatchApi => {
  const a = cloudWatchApi(ep, {})
  opened.push(a)
  return a
}
afterEach(() => {
  for (const a of opened.splice(0)) a.close()
})
beforeEach(() => {
  warned = jest.spyOn(smithyLogger, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  const calls = warned.mock.calls.map((c: unknown[]) => String(c[0]))
  warned.mockRestore()
  expect(calls).toEqual([])
})

const endpoint = (more: Partial<CloudWatchEndpoint> = {}): CloudWatchEndpoint => ({
  region: 'eu-west-1',
  url: cw.url,
  timeoutMs: 5_000,
  maxAttempts: 1,
  ...more
})
const RATIO: CloudWatchQuery = {
  metrics: {
    errors: {
      namespace: 'AWS/ApplicationELB',
      name: 'HTTPCode_Target_5XX_Count',
      dimensions: { LoadBalancer: 'app/checkout/50dc6c495c0c9188' },
      stat: 'Sum'
    },
    requests: {
      namespace: 'AWS/ApplicationELB',
      name: 'RequestCount',
      dimensions: { LoadBalancer: 'app/checkout/50dc6c495c0c9188' },
      stat: 'Sum'
    }
  },
  expression: 'errors / requests',
  periodSeconds: 60
}
const AT = Date.parse('2026-12-06T12:00:00Z')
const signal = new AbortController().signal
const values = (...v: number[]): CloudWatchAnswer => ({
  kind: 'results',
  results: [{ id: 'value', label: 'errors / requests', values: v }]
})

function measure(more: Partial<CloudWatchEndpoint> = {}, query: CloudWatchQuery = RATIO) {
  const ep = endpoint(more)
  const source = new CloudWatchSource(api(ep), {
    clock: systemClock,
    timeoutMs: ep.timeoutMs
  })
  const check = makeCheck({
    source: 'cloudwatch',
    query: 'errors / requests',
    windowMs: 300_000,
    cloudwatch: query
  })
  return source.measure(check, AT, { phase: 'before' }, signal)
}

describe('the cloudwatch source through the real SDK', () => {
  it('sends the metrics and the expression for the check window, signed, and takes the newest point', async () => {
    cw.answer = () => values(0.02, 0.5, 0.7)
    const m = await measure()
    expect(m).toEqual({
      kind: 'values',
      at: AT,
      series: [{ labels: { label: 'errors / requests' }, value: 0.02 }],
      warnings: []
    })
    const req = cw.requests.at(-1)
    expect(req).toMatchObject({
      action: 'GetMetricData',
      version: '2010-08-01',
      startTime: '2026-12-06T11:55:00Z',
      endTime: '2026-12-06T12:00:00Z',
      scanBy: 'TimestampDescending',
      securityToken: 'session-token-example'
    })
    expect(req?.queries).toEqual([
      {
        id: 'errors',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        dimensions: { LoadBalancer: 'app/checkout/50dc6c495c0c9188' },
        period: 60,
        stat: 'Sum',
        returnData: false
      },
      {
        id: 'requests',
        namespace: 'AWS/ApplicationELB',
        metricName: 'RequestCount',
        dimensions: { LoadBalancer: 'app/checkout/50dc6c495c0c9188' },
        period: 60,
        stat: 'Sum',
        returnData: false
      },
      { id: 'value', expression: 'errors / requests', period: 60, dimensions: {}, returnData: true }
    ])
    expect(req?.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/monitoring\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/
    )
    expect(req?.amzDate).toMatch(/^\d{8}T\d{6}Z$/)
  })

  it('a single metric without an expression is the value itself', async () => {
    cw.answer = () => values(12)
    const one: CloudWatchQuery = {
      metrics: {
        latency: {
          namespace: 'AWS/ApplicationELB',
          name: 'TargetResponseTime',
          dimensions: {},
          stat: 'p99'
        }
      },
      periodSeconds: 300
    }
    expect(await measure({}, one)).toMatchObject({ kind: 'values', series: [{ value: 12 }] })
    expect(cw.requests.at(-1)?.queries).toEqual([
      {
        id: 'value',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        dimensions: {},
        period: 300,
        stat: 'p99',
        returnData: true
      }
    ])
  })

  it('NaN, a result without points and no result at all are no data, never a value', async () => {
    cw.answer = () => values(Number.NaN)
    expect(await measure()).toMatchObject({ kind: 'values', series: [{ value: Number.NaN }] })
    cw.answer = () => values()
    expect(await measure()).toMatchObject({ kind: 'values', series: [{ value: Number.NaN }] })
    cw.answer = () => ({ kind: 'results', results: [] })
    expect(await measure()).toMatchObject({ kind: 'values', series: [] })
  })

  it('joins a result split across pages (PartialData, NextToken) into one complete answer', async () => {
    cw.answer = () => ({ ...values(0.01, 0.02, 0.03, 0.04, 0.05, 0.06), pages: 3 })
    const before = cw.requests.length
    expect(await measure()).toMatchObject({ kind: 'values', series: [{ value: 0.01 }] })
    expect(cw.requests.slice(before).map((r) => r.nextToken)).toEqual([
      undefined,
      'page-1',
      'page-2'
    ])
  })

  it.each([
    [
      'an answer that never completes',
      { ...values(0.01), endless: true },
      'partial',
      /answered part of 'errors \/ requests' \(PartialData\)/
    ],
    [
      'PartialData on the last page',
      {
        kind: 'results',
        results: [{ id: 'value', label: 'ratio', values: [0.01], status: 'PartialData' }]
      },
      'partial',
      /part of 'ratio'/
    ],
    [
      'InternalError for the expression',
      {
        kind: 'results',
        results: [
          {
            id: 'value',
            label: 'ratio',
            values: [],
            status: 'InternalError',
            messages: [{ code: 'ArithmeticError', value: 'division by zero' }]
          }
        ]
      },
      'server',
      /failed to compute 'ratio': ArithmeticError: division by zero/
    ],
    [
      'Forbidden for a metric',
      {
        kind: 'results',
        results: [{ id: 'value', label: 'ratio', values: [], status: 'Forbidden' }]
      },
      'auth',
      /refused to read 'ratio'/
    ],
    [
      'throttling',
      { kind: 'error', status: 400, code: 'Throttling', message: 'Rate exceeded' },
      'server',
      /throttled the request \(Throttling\): Rate exceeded/
    ],
    [
      'a rejected expression',
      {
        kind: 'error',
        status: 400,
        code: 'InvalidParameterValue',
        message: 'Error in expression value: Unrecognized token'
      },
      'query',
      /rejected the query \(InvalidParameterValueException\): Error in expression value/
    ],
    [
      'refused credentials',
      {
        kind: 'error',
        status: 403,
        code: 'InvalidClientTokenId',
        message: 'The security token included in the request is invalid.'
      },
      'auth',
      /refused the credentials \(InvalidClientTokenId\)/
    ],
    [
      'a server error',
      { kind: 'error', status: 500, code: 'InternalServiceError', message: 'Internal failure' },
      'server',
      /CloudWatch answered 500/
    ],
    [
      'a login page',
      {
        kind: 'raw',
        status: 200,
        contentType: 'text/html',
        body: '<html><body>Sign in</body></html>'
      },
      'server',
      /something the SDK cannot read/
    ]
  ] as const)('%s is an error measurement', async (_name, answer, errorKind, message) => {
    cw.answer = () => answer
    const m = await measure()
    expect(m).toMatchObject({ kind: 'error', errorKind })
    expect(m.kind === 'error' && m.message).toMatch(message)
  })

  it('the SDK retries throttling with its own back-off (maxAttempts)', async () => {
    let n = 0
    cw.answer = () =>
      ++n === 1
        ? { kind: 'error', status: 400, code: 'Throttling', message: 'Rate exceeded' }
        : values(0.03)
    expect(await measure({ maxAttempts: 2 })).toMatchObject({
      kind: 'values',
      series: [{ value: 0.03 }]
    })
    expect(n).toBe(2)
  })

  it('an unreachable endpoint is a transport error', async () => {
    expect(await measure({ url: 'http://127.0.0.1:9' })).toMatchObject({
      kind: 'error',
      errorKind: 'transport'
    })
  })

  it('a guard is its own GetMetricData question', async () => {
    cw.answer = (req) =>
      req.queries.some((q) => q.metricName === 'RequestCount' && q.returnData)
        ? { kind: 'results', results: [{ id: 'value', label: 'requests', values: [3] }] }
        : values(0.01)
    const ep = endpoint()
    const source = new CloudWatchSource(api(ep), {
      clock: systemClock,
      timeoutMs: 5_000
    })
    const requests = RATIO.metrics.requests
    if (!requests) throw new Error('no requests metric')
    const check = makeCheck({
      source: 'cloudwatch',
      query: 'errors / requests',
      cloudwatch: RATIO,
      guard: {
        query: 'Sum(requests)',
        min: 10,
        cloudwatch: { metrics: { requests }, periodSeconds: 60 }
      }
    })
    expect(await source.measure(check, AT, { phase: 'before' }, signal)).toMatchObject({
      kind: 'values',
      series: [{ value: 0.01 }],
      guard: [{ value: 3 }]
    })
  })
})

describe('a gate run judged by a cloudwatch check', () => {
  let backend: FakeBackend
  async function gate(
    value: () => number | undefined,
    answer?: () => CloudWatchAnswer
  ): Promise<string> {
    cw.answer =
      answer ??
      (() => {
        const v = value()
        return v === undefined ? { kind: 'results', results: [] } : values(v)
      })
    backend = new FakeBackend(systemClock)
    const steadyState = {
      ...makeSpec(
        {
          intervalMs: 50,
          minSamples: 1,
          before: { samples: 2, spacingMs: 20 },
          after: { settleMs: 0, timeoutMs: 500 }
        },
        [
          makeCheck({
            name: 'errors',
            source: 'cloudwatch',
            query: 'errors / requests',
            cloudwatch: RATIO,
            threshold: { max: 0.05 }
          })
        ]
      ),
      cloudwatch: endpoint()
    }
    const exp = makeExperiment({ durationMs: 200, steadyState })
    const deps = makeDeps(systemClock, backend, {})
    const report = await runGate([exp], makeSettings({ timeoutMs: 30_000 }), {
      ...deps,
      sources: { cloudwatch: cloudWatchSourceFactory({ env: {} }) }
    })
    return report.experiments[0]?.verdict ?? 'none'
  }

  it('passes while the error ratio holds', async () => {
    expect(await gate(() => 0.01)).toBe('pass')
  })

  it('fails when the error ratio breaches with the fault and never recovers', async () => {
    let n = 0
    expect(await gate(() => (++n > 2 ? 0.5 : 0.01))).toBe('fail')
  })

  it('is inconclusive when CloudWatch has no data', async () => {
    expect(await gate(() => undefined)).toBe('inconclusive')
  })

  it('never injects when CloudWatch rejects the expression at preflight', async () => {
    const verdict = await gate(
      () => 0,
      () => ({
        kind: 'error',
        status: 400,
        code: 'InvalidParameterValue',
        message: 'Error in expression value: Unrecognized token'
      })
    )
    expect(verdict).toBe('error')
    expect(backend.calls.filter((c) => c.startsWith('submit'))).toEqual([])
  })
})
