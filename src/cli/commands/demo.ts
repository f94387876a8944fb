/**
 * `chaos-gate demo`: a real gate on this machine, with no cluster, no Prometheus and no
 * configuration. Starts the demo shop API on loopback, runs experiments/demo/ against it through
 * the local fault proxy, and explains the result.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

import { startDemoService } from '../../demo/demo-service'
import { newRunId } from '../../gate/run-id'
import type { GateSettings } from '../../gate/settings'
import { loadExperiments } from '../../manifest/load-experiments'
import { keyValues } from '../../report/key-check'
import type { ExperimentReport, GateReport } from '../../report/model'
import { formatAbortLatency } from '../../report/verdict-label'
import { formatDuration } from '../../util/duration'
import { InternalError } from '../../util/errors'
import type { Command } from '../command'
import { runAndReport } from './run'

const DEMO_DIR = join('experiments', 'demo')

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run a real gate against a demo service on this machine (no cluster, no Prometheus)',
  help: [
    'Usage: chaos-gate demo [--report-dir DIR] [--keep-going]',
    '',
    'Starts a small shop API on 127.0.0.1, puts the local fault proxy in front of it, and runs the',
    'experiments in experiments/demo/: one adds latency that stays inside the SLO (it passes), the',
    'other injects HTTP 500s that break the error-ratio SLO, so the guard aborts it; it declares',
    'expect: fail, so that is a pass too. Takes about 20 seconds.',
    '',
    '    --report-dir DIR   where the reports go (default reports/demo)',
    '    --keep-going       keep the demo service running afterwards (until Ctrl-C) to try it yourself'
  ].join('\n'),
  options: { 'report-dir': { type: 'string' }, 'keep-going': { type: 'boolean' } },
  async run(flags, _positionals, io) {
    const root = demoRoot(io.cwd)
    const service = await startDemoService({ clock: io.clock, random: Math.random })
    try {
      const settings = demoSettings(root, io.cwd, io.clock.now(), flags['report-dir'])
      const env = { ...io.env, CHAOS_GATE_DEMO_URL: service.url }
      const { experiments, notices } = await loadExperiments(settings, { env })
      io.stdout.write(
        `Demo service (a small shop API) on ${service.url}; running ${experiments.length} experiments from ${join(root, DEMO_DIR)} through the local fault proxy.\n\n`
      )
      const outcome = await runAndReport(experiments, notices, settings, { ...io, env })
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
      await service.close()
    }
  }
}

function demoSettings(root: string, cwd: string, now: number, reportDir: unknown): GateSettings {
  return {
    experiments: [DEMO_DIR],
    cwd: root,
    backend: 'auto',
    mode: 'enforce',
    environment: 'demo',
    concurrency: 1,
    timeoutMs: 3 * 60_000,
    failOn: new Set(['fail', 'aborted', 'inconclusive', 'error']),
    reportDir: resolve(cwd, typeof reportDir === 'string' ? reportDir : join('reports', 'demo')),
    stateDir: resolve(cwd, '.chaos-gate'),
    runId: newRunId(now),
    only: []
  }
}

/** The folder holding experiments/demo: the working directory, else the installed package. */
function demoRoot(cwd: string): string {
  const candidates = [cwd]
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) candidates.push(dir)
  const root = candidates.find((dir) => existsSync(join(dir, DEMO_DIR)))
  if (!root)
    throw new InternalError(`the demo experiments (${DEMO_DIR}) are missing from this installation`)
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
