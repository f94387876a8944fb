/**
 * The real engine against a real Prometheus: experiments from YAML run through runGate with the
 * local backend's fault proxy in front of a service, the gate's probe load metered at the edge
 * (what clients see through the proxy), and Prometheus scraping those edge metrics every second.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { BackendRegistry } from '../../src/backends/registry'
import { EdgeMetrics } from '../../src/demo/edge-metrics'
import type { GateListener } from '../../src/gate/gate-deps'
import type { GateReport } from '../../src/gate/result'
import { runGate } from '../../src/gate/run-gate'
import { fileRunState } from '../../src/gate/run-state/run-state'
import type { GateSettings } from '../../src/gate/settings'
import { loadExperiments } from '../../src/policy/load-experiments'
import { probeSourceFactory } from '../../src/steady-state/probe/probe-factory'
import { LocalPrometheus } from '../../src/steady-state/prometheus/local-prometheus'
import { prometheusSourceFactory } from '../../src/steady-state/prometheus/prometheus-factory'
import { systemClock } from '../../src/util/clock'
import { RecordingLog } from './client-setup'

export class GateHarness {
  readonly log = new RecordingLog()

  private constructor(
    readonly edge: EdgeMetrics,
    readonly prometheus: LocalPrometheus,
    private readonly dir: string
  ) {}

  static async start(): Promise<GateHarness> {
    const edge = await EdgeMetrics.start()
    const dir = await mkdtemp(path.join(tmpdir(), 'chaos-gate-prom-gate-'))
    try {
      const prometheus = await LocalPrometheus.start({
        jobs: [{ job: 'edge', targets: [edge.target] }],
        scrapeIntervalMs: 1000,
        clock: systemClock,
        log: new RecordingLog(),
        // The edge has no traffic yet, but `up` is scraped: that is enough to be ready.
        readyTimeoutMs: 20_000
      })
      return new GateHarness(edge, prometheus, dir)
    } catch (err) {
      await edge.close()
      await rm(dir, { recursive: true, force: true })
      throw err
    }
  }

  /** Writes `yaml` as the only experiment and runs the gate on it. */
  async run(name: string, yaml: string, listener: GateListener = {}): Promise<GateReport> {
    const cwd = path.join(this.dir, name)
    await writeFile(path.join(this.dir, `${name}.yaml`), yaml)
    const settings = this.settings(cwd, name)
    const { experiments } = await loadExperiments(settings, { env: {} })
    const registry = new BackendRegistry({
      clock: systemClock,
      log: this.log,
      random: Math.random,
      pid: process.pid,
      isProcessAlive: () => true
    })
    return runGate(experiments, settings, {
      clock: systemClock,
      log: this.log,
      backends: (kind) => registry.get(kind),
      sources: {
        probe: probeSourceFactory({ fetch: this.edge.meter(globalThis.fetch) }),
        prometheus: prometheusSourceFactory({ env: {} })
      },
      runState: fileRunState(path.join(this.dir, 'state'), systemClock, process.pid),
      signal: new AbortController().signal,
      listener,
      version: 'test'
    })
  }

  async dispose(): Promise<void> {
    await this.prometheus.dispose()
    await this.edge.close()
    await rm(this.dir, { recursive: true, force: true })
  }

  private settings(cwd: string, name: string): GateSettings {
    return {
      experiments: [path.join(this.dir, `${name}.yaml`)],
      cwd,
      backend: 'auto',
      prometheus: this.prometheus.endpoint(),
      mode: 'enforce',
      environment: 'test',
      concurrency: 1,
      timeoutMs: 2 * 60_000,
      failOn: new Set(['fail', 'aborted', 'inconclusive', 'error']),
      reportDir: path.join(this.dir, 'reports'),
      stateDir: path.join(this.dir, 'state'),
      runId: `prom-${name}`,
      only: []
    }
  }
}

/** An Experiment with an HTTP-500 fault on the local proxy, gated on the edge error ratio in Prometheus. */
export function errorExperiment(
  name: string,
  upstream: string,
  errorPercent: number,
  recoveryTimeout = '20s'
): string {
  return `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: ${name} }
spec:
  backend: local
  duration: 20s
  timeout: 90s
  httpProxy:
    upstream: ${upstream}
    paths: [/api/]
    error: { status: 500, percent: ${errorPercent} }
  steadyState:
    probe: { url: /api/products, rate: 40, timeout: 2s }
    defaults: { interval: 1s, window: 3s, minSamples: 2, errorLimit: 6 }
    phases:
      before: { samples: 6, spacing: 1s }
      during: { abortOnFail: true }
      after: { settle: 500ms, timeout: ${recoveryTimeout} }
    checks:
      - name: edge-error-ratio
        query: |
          (sum(rate(shop_edge_requests_total{code=~"5..|error"}[{{window}}])) or vector(0))
            / sum(rate(shop_edge_requests_total[{{window}}]))
        guard: { query: 'sum(rate(shop_edge_requests_total[{{window}}]))', min: 5 }
        threshold: { max: 0.05 }
      # The probe sends the load Prometheus measures; its own view is reported, never gating.
      - name: probe-error-ratio
        metric: errorRatio
        threshold: { max: 0.05 }
        dryRun: true
`
}
