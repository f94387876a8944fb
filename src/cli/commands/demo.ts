/**
 * `chaos-gate demo`: a real gate on this machine, with no cluster, no Prometheus and no
 * configuration. Starts the demo shop API on loopback, runs experiments/demo/ against it through
 * the local fault proxy, and explains the result.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

import { type DemoService, startDemoService } from '../../demo/demo-service'
import type { PrometheusDemo } from '../../demo/prometheus-demo'
import { createServiceMetrics } from '../../demo/service-metrics'
import type { ExperimentReport, GateReport } from '../../gate/result'
import { newRunId } from '../../gate/run-id'
import type { GateSettings } from '../../gate/settings'
import { SETTINGS } from '../../gate/settings-table'
import { loadExperiments } from '../../policy/load-experiments'
import { keyValues } from '../../report/key-check'
import { formatAbortLatency } from '../../report/verdict-label'
import { formatDuration } from '../../util/duration'
import { InternalError } from '../../util/errors'
import type { CliIo, Command } from '../command'
import { CLI_SETTINGS } from '../settings-flags'
import { cliLog } from './gate-io'
import { runAndReport } from './run'

const DEMO_DIR = join('experiments', 'demo')
const PROMETHEUS_DEMO_DIR = join('experiments', 'demo-prometheus')

/** Beside the gate's own reports (the report-dir default), so a demo run is found where a real one would be. */
const DEMO_REPORT_DIR = join(SETTINGS.reportDir.default, 'demo')

export const demoCommand: Command = {
  name: 'demo',
  help: [
    'Usage: chaos-gate demo [--prometheus] [--report-dir DIR] [--keep-going]',
    '',
    'Starts a small shop API on 127.0.0.1, puts the local fault proxy in front of it, and runs the',
    'experiments in experiments/demo/: one adds latency that stays inside the SLO (it passes), the',
    'other injects HTTP 500s that break the error-ratio SLO, so the guard aborts it; it declares',
    'expect: fail, so that is a pass too. Takes about 20 seconds.',
    '',
    '    --prometheus       also start Prometheus (the Debian package: apt-get install -y',
    '                       --no-install-recommends prometheus) scraping the shop and what its clients',
    '                       see, and run experiments/demo-prometheus/, which gate on PromQL',
    `    --report-dir DIR   where the reports go (default ${DEMO_REPORT_DIR})`,
    '    --keep-going       keep the demo service running afterwards (until Ctrl-C) to try it yourself'
  ].join('\n'),
  options: {
    'report-dir': { type: 'string' },
    'keep-going': { type: 'boolean' },
    prometheus: { type: 'boolean' }
  },
  async run(flags, _positionals, io) {
    const withPrometheus = flags.prometheus === true
    const dir = withPrometheus ? PROMETHEUS_DEMO_DIR : DEMO_DIR
    const root = demoRoot(io.cwd, dir)
    const service = await startDemoService({
      clock: io.clock,
      random: Math.random,
      ...(withPrometheus && { metrics: await createServiceMetrics() })
    })
    const prometheus = withPrometheus ? await startDemo(service, io) : undefined
    try {
      const settings = demoSettings(root, dir, io.cwd, io.clock.now(), flags['report-dir'])
      const env = {
        ...io.env,
        CHAOS_GATE_DEMO_URL: service.url,
        ...(prometheus && { CHAOS_GATE_PROMETHEUS_URL: prometheus.endpoint.url })
      }
      const loaded = await loadExperiments(settings, { env })
      const scraping = prometheus
        ? `; Prometheus on ${prometheus.endpoint.url} scrapes it every second`
        : ''
      io.stdout.write(
        `Demo service (a small shop API) on ${service.url}${scraping}; running ${loaded.experiments.length} experiments from ${join(root, dir)} through the local fault proxy.\n\n`
      )
      const outcome = await runAndReport(loaded, settings, { ...io, env }, prometheus?.sources)
      io.stdout.write(explain(outcome.report))
      if (flags['keep-going'] === true && !io.signal.aborted) {
        io.stdout.write(
          `\nThe demo service is still on ${service.url} (try ${service.url}/api/products). Ctrl-C to stop.\n`
        )
        await new Promise<void>((done) =>
          io.signal.addEventListener('abort', () => done(), { once: true })
        )
      }
      return outcome.exitCode
    } finally {
      await prometheus?.close()
      await service.close()
    }
  }
}

/** Prometheus for `--prometheus`, scraping the shop's /metrics and the edge; stops the shop on failure. */
async function startDemo(service: DemoService, io: CliIo): Promise<PrometheusDemo> {
  try {
    // Prometheus and its HTTP client are loaded only for --prometheus.
    const { startPrometheusDemo } = await import('../../demo/prometheus-demo')
    return await startPrometheusDemo({
      shopTarget: new URL(service.url).host,
      clock: io.clock,
      log: cliLog(io),
      env: io.env
    })
  } catch (err) {
    await service.close()
    throw err
  }
}

function demoSettings(
  root: string,
  dir: string,
  cwd: string,
  now: number,
  reportDir: unknown
): GateSettings {
  return {
    experiments: [dir],
    cwd: root,
    backend: 'auto',
    mode: 'enforce',
    environment: 'demo',
    concurrency: 1,
    timeoutMs: 3 * 60_000,
    failOn: new Set(['fail', 'aborted', 'inconclusive', 'error']),
    reportDir: resolve(cwd, typeof reportDir === 'string' ? reportDir : DEMO_REPORT_DIR),
    stateDir: resolve(cwd, CLI_SETTINGS.stateDir.default),
    runId: newRunId(now),
    only: []
  }
}

/** The folder holding the demo experiments: the working directory, else the installed package. */
function demoRoot(cwd: string, demoDir: string): string {
  const candidates = [cwd]
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) candidates.push(dir)
  const root = candidates.find((dir) => existsSync(join(dir, demoDir)))
  if (!root)
    throw new InternalError(`the demo experiments (${demoDir}) are missing from this installation`)
  return root
}

/** What happened, in sentences: the point of a demo. */
function explain(report: GateReport): string {
  const lines = ['', 'What happened:']
  for (const e of report.experiments) lines.push(`  ${e.name}: ${story(e)}`)
  lines.push(
    '',
    report.failed
      ? `The gate FAILED (verdict ${report.verdict}); see the reasons above.`
      : 'The gate PASSED: one experiment held its SLO, the other broke it, was stopped by the guard, and was expected to.'
  )
  return `${lines.join('\n')}\n`
}

function story(e: ExperimentReport): string {
  const f = e.fault
  const parts = [`${keyValues(e)} (before → worst during the fault → after).`]
  if (f.abortedBy === 'guard' && f.breachAt !== undefined && f.injectedAt !== undefined) {
    const off =
      f.abortLatencyMs !== undefined
        ? `; the fault was off ${formatAbortLatency(f.abortLatencyMs)} after the breach was detected`
        : ''
    parts.push(
      `The guard saw the breach ${formatDuration(f.breachAt - f.injectedAt)} after the fault started and aborted it${off}.`
    )
  }
  if (e.recovery?.mttrMs !== undefined)
    parts.push(
      `The steady state was back ${formatDuration(e.recovery.mttrMs)} after the fault ended.`
    )
  parts.push(
    `Verdict ${e.verdict}${e.expect === 'fail' ? ` (expect: fail; observed ${e.observed})` : ''}: ${e.reasons[0] ?? ''}.`
  )
  return parts.join(' ')
}
