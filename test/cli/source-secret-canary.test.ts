/**
 * No source secret in anything `chaos-gate run` writes: the Datadog API and application keys (from
 * a manifest's `${ENV}`), a managed-Prometheus bearer token read from a file when the source opens,
 * and a steady-load header. Every server quotes the request back (Datadog in its error list,
 * Prometheus in warnings), so only the process's secret mask keeps them out of stdout, stderr,
 * the reports and the run state.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import { FakePrometheus, success, vector } from '../prometheus/fake-prometheus'
import { LocalDatadog } from '../steady-state/datadog/local-datadog'
import { captureIo } from './cli-io'

jest.setTimeout(60_000)

const CANARY = {
  apiKey: 'cnry-dd-api-5e1f0c2a',
  appKey: 'cnry-dd-app-93b7d4e1',
  token: 'cnry-bearer-token-7a0c33f5',
  loadHeader: 'cnry-load-header-1d9e6b27'
}

const experiment = `
apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: canary-sources
  namespace: staging
spec:
  backend: local
  duration: 1s
  httpProxy: { upstream: '\${SERVICE_URL}', latency: { fixed: 5ms } }
  steadyState:
    datadog: { site: datadoghq.com, url: '\${DD_URL}', apiKey: '\${DD_API_KEY}', appKey: '\${DD_APP_KEY}' }
    prometheus: { url: '\${PROM_URL}', retries: 0, bearerToken: { file: '\${TOKEN_FILE}' } }
    load: { url: '\${SERVICE_URL}', rate: 5, headers: { X-Load-Key: '\${LOAD_KEY}' } }
    defaults: { interval: 200ms, window: 1m, minSamples: 1 }
    phases:
      before: { samples: 1, spacing: 100ms }
      after: { settle: 0s, timeout: 2s }
    checks:
      - { name: dd-errors, datadog: 'sum:trace.errors{service:checkout}', threshold: { max: 1 } }
      - { name: prom-errors, query: 'sum(errors_total)', threshold: { max: 1 } }
`

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8'))
  )
}

describe('chaos-gate run with canary keys and tokens in its steady-state sources', () => {
  it('writes none of them to stdout, stderr, the reports or the run state', async () => {
    const dd = await LocalDatadog.start({ apiKey: CANARY.apiKey, appKey: CANARY.appKey })
    // Datadog answers the preflight's dry run, then refuses the query and quotes both keys back
    // in its error list (a preflight refusal would stop the run before Prometheus is asked).
    let ddRequests = 0
    dd.answer = (req) =>
      ++ddRequests === 1
        ? { kind: 'series', series: [{ scope: '*', points: [0] }] }
        : {
            kind: 'status',
            status: 400,
            body: { errors: [`bad query from key ${req.apiKey ?? ''} / ${req.appKey ?? ''}`] }
          }
    const prom = await FakePrometheus.start()
    prom.otherwise((req) => ({
      body: success(vector([{ job: 'checkout' }, '0']), {
        warnings: [`request with ${JSON.stringify(req.headers)}`]
      })
    }))
    const loadHeaders: string[] = []
    const service = http.createServer((req, res) => {
      loadHeaders.push(String(req.headers['x-load-key']))
      res.end(`you sent ${String(req.headers['x-load-key'])}`)
    })
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
    const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-source-canary-'))
    try {
      await mkdir(join(cwd, 'experiments'))
      await writeFile(join(cwd, 'experiments', 'e.yaml'), experiment)
      await writeFile(join(cwd, 'token'), `${CANARY.token}\n`)
      const { io, stdout, stderr } = captureIo(cwd, {
        env: {
          SERVICE_URL: `http://127.0.0.1:${(service.address() as AddressInfo).port}`,
          DD_URL: dd.url,
          DD_API_KEY: CANARY.apiKey,
          DD_APP_KEY: CANARY.appKey,
          PROM_URL: prom.url,
          TOKEN_FILE: join(cwd, 'token'),
          LOAD_KEY: CANARY.loadHeader,
          CHAOS_GATE_DEBUG: '1'
        }
      })
      const code = await runCli(
        ['run', 'experiments', '--environment', 'staging', '--run-id', 'canary-2'],
        COMMANDS,
        io,
        '0.0.0'
      )

      // The servers got every secret, and quoted them back.
      expect(dd.requests.some((r) => r.apiKey === CANARY.apiKey)).toBe(true)
      expect(JSON.stringify(prom.requests.map((r) => r.headers))).toContain(CANARY.token)
      expect(loadHeaders).toContain(CANARY.loadHeader)

      const written = [
        stdout(),
        stderr(),
        ...(await filesUnder(join(cwd, 'chaos-gate-report'))),
        ...(await filesUnder(join(cwd, '.chaos-gate')))
      ].join('\n')
      expect(written).toContain('***')
      expect(written).toContain('Datadog rejected the query (400): bad query from key ***')
      for (const secret of Object.values(CANARY)) expect(written).not.toContain(secret)
      expect(code).toBe(1)
    } finally {
      service.closeAllConnections()
      await new Promise<void>((resolve) => service.close(() => resolve()))
      await prom.close()
      await dd.close()
    }
  })
})
