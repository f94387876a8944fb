/**
 * No secret in anything `chaos-gate run` writes (issue 17, part 2). A canary goes in through every
 * input of the command line that can carry a secret: Prometheus headers (flag, environment, and a
 * manifest's `${ENV}`), the Prometheus URL's password, and the kubeconfig's token. Every server
 * quotes the request back: Prometheus in warnings, errors and retried 503s, the API server in a
 * 503 Status. Then stdout, stderr, the reports and the run state are grepped: no canary, in clear
 * or in the base64 of a Basic header.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import { type KubeSim, startKubeSim } from '../backends/chaos-mesh/sim-harness'
import type { FakeRequest } from '../prometheus/fake-prometheus'
import { failure, FakePrometheus, success, vector } from '../prometheus/fake-prometheus'
import { captureIo } from './cli-io'

jest.setTimeout(60_000)

const CANARY = {
  flagHeader: 'cnry-flag-header-4b1d93e7',
  envHeader: 'cnry-env-header-8c2e55a0',
  manifestToken: 'cnry-manifest-token-d04f7a19',
  urlPassword: 'cnry-url-pass-61a9c3fe',
  kubeToken: 'cnry-kube-token-2f8e0b6d'
}
/** The Basic header the client builds from the URL's user:password. */
const BASIC = Buffer.from(`ops:${CANARY.urlPassword}`).toString('base64')
const FORBIDDEN = [...Object.values(CANARY), BASIC]

/** What a gateway in front of Prometheus that quotes the request would say. */
const quote = (req: FakeRequest): string =>
  `request ${req.url} with headers ${JSON.stringify(req.headers)}`

/** Answers every query with a healthy 0, warning with the whole request quoted. */
function quotingPrometheus(p: FakePrometheus): void {
  p.otherwise((req) => {
    if (req.params.get('query')?.includes('broken_metric')) {
      return { status: 400, body: failure('bad_data', `cannot parse ${quote(req)}`) }
    }
    return {
      body: success(vector([{ job: 'checkout' }, '0']), {
        warnings: [quote(req)],
        infos: [quote(req)]
      })
    }
  })
}

const experiment = (name: string, prometheus: string, query: string): string => `
apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: ${name}
  namespace: staging
spec:
  duration: 2s
  timeout: 1m
  fault:
    apiVersion: chaos-mesh.org/v1alpha1
    kind: NetworkChaos
    metadata:
      name: ${name}
    spec:
      action: delay
      mode: one
      selector:
        labelSelectors:
          app: checkout
      delay:
        latency: 100ms
  steadyState:
${prometheus}
    defaults: { interval: 200ms, window: 1m, minSamples: 1 }
    phases:
      before: { samples: 1, spacing: 100ms }
      after: { settle: 0s, timeout: 2s }
    checks:
      - name: error-ratio
        query: ${query}
        threshold: { max: 0.05 }
`

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8'))
  )
}

/** Each forbidden value with the number of times it occurs in `text`. */
function occurrences(text: string): Record<string, number> {
  return Object.fromEntries(FORBIDDEN.map((s) => [s, text.split(s).length - 1]))
}

describe('chaos-gate run with a canary in every secret input', () => {
  let k: KubeSim
  let prom: FakePrometheus
  beforeAll(async () => {
    k = await startKubeSim({
      users: [
        { token: CANARY.kubeToken, name: 'system:serviceaccount:ci:runner', rules: 'allow-all' }
      ]
    })
    prom = await FakePrometheus.start()
    quotingPrometheus(prom)
  })
  afterAll(async () => {
    await prom.close()
    await k.close()
  })

  it('writes none of them, in clear or in base64, to stdout, stderr, the reports or the run state', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-canary-'))
    await mkdir(join(cwd, 'experiments'))
    // One experiment on the --prometheus-url Prometheus, one on its own with a header from ${ENV}.
    await writeFile(
      join(cwd, 'experiments', 'flags.yaml'),
      experiment('canary-flags', '', 'sum(rate(errors_total[{{window}}]))')
    )
    await writeFile(
      join(cwd, 'experiments', 'manifest.yaml'),
      experiment(
        'canary-manifest',
        `    prometheus:\n      url: \${PROM_URL}\n      headers: { Authorization: "Bearer \${PROM_TOKEN}" }`,
        'sum(rate(broken_metric[{{window}}]))'
      )
    )
    // The API server quotes the token back while the fault is created (a 503, retried).
    k.sim.faults.failNext(1, 503, { method: 'POST' }, `upstream said: Bearer ${CANARY.kubeToken}`)
    // And Prometheus's first answer is a 503 quoting the request (retried, then logged).
    prom.next({ status: 503, body: failure('unavailable', 'busy') })

    const url = new URL(prom.url)
    url.username = 'ops'
    url.password = CANARY.urlPassword
    const { io, stdout, stderr } = captureIo(cwd, {
      env: {
        CHAOS_GATE_PROMETHEUS_HEADERS: `X-Api-Key: ${CANARY.envHeader}`,
        PROM_URL: prom.url,
        PROM_TOKEN: CANARY.manifestToken,
        CHAOS_GATE_DEBUG: '1'
      }
    })
    const code = await runCli(
      [
        'run',
        'experiments',
        '--kubeconfig',
        k.kubeconfig,
        '--environment',
        'staging',
        '--prometheus-url',
        url.href,
        '--prometheus-header',
        `X-Scope-OrgID: ${CANARY.flagHeader}`,
        '--run-id',
        'canary-1'
      ],
      COMMANDS,
      io,
      '0.0.0'
    )

    // The servers did get every secret, and quoted them back.
    const sent = JSON.stringify(prom.requests.map((r) => r.headers))
    for (const secret of [CANARY.flagHeader, CANARY.envHeader, CANARY.manifestToken, BASIC])
      expect(sent).toContain(secret)
    expect(k.sim.requests.all().some((r) => r.status === 503)).toBe(true)

    const written = [
      stdout(),
      stderr(),
      ...(await filesUnder(join(cwd, 'chaos-gate-report'))),
      ...(await filesUnder(join(cwd, '.chaos-gate')))
    ].join('\n')
    expect(written).toContain('warning')
    expect(written).toContain('***')
    expect(occurrences(written)).toEqual(Object.fromEntries(FORBIDDEN.map((s) => [s, 0])))
    // The manifest's Prometheus rejected its query at preflight: the error quotes the request too.
    expect(stdout()).toContain('Prometheus answered HTTP 400 bad_data: cannot parse request')
    expect(code).toBe(3)
  })
})
