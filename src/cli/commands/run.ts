/**
 * `chaos-gate run [paths...]`: the gate from a terminal, with the same settings as the action's
 * inputs. Loads and validates the manifests (any problem: exit 2, nothing injected), runs them,
 * shows live progress and a final table, and writes the JSON, JUnit and Markdown reports.
 */
import { relative, resolve } from 'node:path'

import pkg from '../../../package.json'
import { runPipeline } from '../../gate/gate-pipeline'
import type { GateReport } from '../../gate/result'
import { unfinishedReport } from '../../gate/run-gate'
import { newRunId } from '../../gate/run-id'
import type { GateSettings } from '../../gate/settings'
import { gateExitCode } from '../../gate/verdict/verdict-order'
import { type LoadedExperiments, loadExperiments } from '../../policy/load-experiments'
import { colorOn } from '../../report/terminal/ansi'
import { renderFinal } from '../../report/terminal/final-view'
import { TerminalProgress } from '../../report/terminal/live-view'
import { writeReports, type WrittenReports } from '../../report/write-reports'
import type { SourceFactories } from '../../steady-state/source-factory'
import { InputError } from '../../util/errors'
import { UNFINISHED_MESSAGE } from '../../util/exit-guard'
import type { CliIo, Command } from '../command'
import { SETTINGS_FLAGS, type SettingsFlag } from '../settings-flag-options'
import { flagHelp, pickFlags, settingsFromFlags } from '../settings-flags'
import { cliLog, cliWiring } from './gate-io'

/** `run` takes every settings flag. */
const RUN_FLAGS = Object.keys(SETTINGS_FLAGS) as SettingsFlag[]

export const runCommand: Command = {
  name: 'run',
  help: [
    'Usage: chaos-gate run [paths...] [flags]',
    '',
    'Runs every experiment through preflight, before, inject, during, after and cleanup, and',
    'writes chaos-gate-report.json, chaos-gate-junit.xml and chaos-gate-summary.md to the report',
    'directory. Ctrl-C aborts the faults and cleans up; `chaos-gate cleanup` does it again later.',
    '',
    'Flags:',
    flagHelp(RUN_FLAGS),
    '',
    'Exit codes: 0 passed, 1 gate failed, 2 invalid input (nothing injected), 3 could not operate.'
  ].join('\n'),
  options: pickFlags(RUN_FLAGS),
  async run(flags, positionals, io) {
    const parsed = settingsFromFlags(flags, positionals, io)
    const settings =
      flags['run-id'] === undefined ? { ...parsed, runId: newRunId(io.clock.now()) } : parsed
    if (settings.mode === 'verify')
      throw new InputError(
        '--mode',
        "'verify' checks an earlier gate's check run and needs the GitHub Action; use enforce, warn or dry-run"
      )
    const loaded = await loadExperiments(settings, { env: io.env })
    if (loaded.experiments.length === 0)
      throw new InputError(
        'experiments',
        `no runnable experiments in ${settings.experiments.join(', ')}`
      )
    return (await runAndReport(loaded, settings, io)).exitCode
  }
}

/** What a run on the command line produced. */
export interface RunOutcome {
  readonly report: GateReport
  readonly written: WrittenReports
  readonly exitCode: number
}

/** Runs the gate with live progress, prints the final view, writes the reports. */
export async function runAndReport(
  loaded: LoadedExperiments,
  settings: GateSettings,
  io: CliIo,
  /** The metric sources; the CLI's own by default (the demo meters its probe load). */
  sources?: SourceFactories
): Promise<RunOutcome> {
  const color = colorOn(io.env, io.stdout.isTTY === true)
  const progress = new TerminalProgress(io.stdout, io.clock, color)
  const refresh = new AbortController()
  const refreshing = progress.refreshUntil(refresh.signal)
  const reportDir = resolve(io.cwd, settings.reportDir)
  let report: GateReport
  try {
    report = await runPipeline(loaded, settings, {
      ...cliWiring(io, cliLog(io)),
      signal: io.signal,
      version: pkg.version,
      listener: progress,
      ...(io.secrets && { secrets: io.secrets }),
      ...(sources && { sources }),
      starting: (deps, startedAt) =>
        io.onUnfinished?.(async () => {
          const unfinished = unfinishedReport(
            loaded.experiments,
            settings,
            deps,
            { notices: loaded.notices },
            startedAt,
            UNFINISHED_MESSAGE
          )
          const written = await writeReports(unfinished, reportDir, io.secrets)
          io.stderr.write(`chaos-gate: wrote an error report to ${written.json}\n`)
        })
    })
  } finally {
    refresh.abort()
    await refreshing
    progress.finish()
  }
  io.stdout.write(`\n${renderFinal(report, color)}`)
  const written = await writeReports(report, reportDir, io.secrets)
  const shown = (p: string): string => relative(io.cwd, p) || p
  io.stdout.write(
    `Reports: ${shown(written.json)}, ${shown(written.junit)}, ${shown(written.markdown)}\n`
  )
  return { report, written, exitCode: gateExitCode(report.failed, report.verdict) }
}
