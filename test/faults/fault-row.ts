/**
 * Runs one row of the fault matrix: `chaos-gate run` in-process (runCli, as the binary runs it)
 * against the simulated cluster, with the row's fault switched on when the run's progress shows
 * the row's phase and off at the next one, then reads the exit code, the report, everything
 * printed, and what is left on the cluster.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { CliIo } from '../../src/cli/command'
import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import { processInfo } from '../../src/process-deps'
import { systemClock } from '../../src/util/clock'
import { runLeftovers } from '../action/e2e/sim-faults'
import type { KubeSim } from '../backends/chaos-mesh/sim-harness'
import { type ApiFault, BACKENDS, FAULTS, type MatrixRow } from './fault-matrix'

/** What one row came to. */
export interface RowOutcome {
  readonly exit: number
  readonly verdict: string
  /** `Kind namespace/name` of everything labelled by (or named for) the run after it ended. */
  readonly leftovers: readonly string[]
  /** stdout and stderr together. */
  readonly output: string
  readonly runId: string
  readonly cwd: string
}

/** The progress line that starts each phase a fault can be switched on in. */
const TRIGGER: Readonly<Record<MatrixRow['phase'], RegExp>> = {
  preflight: /\] preflight\b/,
  submit: /\] inject\b/,
  following: /\] during\b/,
  abort: /\] during\b/,
  cleanup: /\] cleanup\b/
}
const ANY_PHASE = /\] (preflight|before|inject|during|after|cleanup)\b/

let runs = 0

/** The baseline: the same run without a fault. */
const NO_FAULT = { on: () => undefined, off: () => undefined }

/**
 * Switches `fault` on when the run's progress shows the row's phase (and, for `abort`, cancels
 * the run through `cancel`), and off at the next phase.
 */
export function faultSwitch(
  row: MatrixRow,
  fault: ApiFault,
  k: KubeSim,
  cancel: () => void
): { watch(text: string): void } {
  let state: 'waiting' | 'on' | 'off' = 'waiting'
  return {
    watch(text) {
      for (const line of text.split('\n')) {
        if (state === 'on' && ANY_PHASE.test(line) && !TRIGGER[row.phase].test(line)) {
          fault.off(k.sim.faults)
          state = 'off'
        }
        if (state === 'waiting' && TRIGGER[row.phase].test(line)) {
          fault.on(k.sim.faults)
          state = 'on'
          if (row.phase === 'abort') cancel()
        }
      }
    }
  }
}

/** Runs `row`; `override` replaces the row's fault (a fault outside the matrix). */
export async function runRow(k: KubeSim, row: MatrixRow, override?: ApiFault): Promise<RowOutcome> {
  const cwd = await mkdtemp(join(tmpdir(), 'chaos-gate-faults-'))
  await mkdir(join(cwd, 'experiments'))
  await writeFile(join(cwd, 'experiments', 'fault.yaml'), BACKENDS[row.backend])
  const runId = `fm${(++runs).toString(36)}${process.pid.toString(36).slice(-3)}`
  const fault = override ?? (row.fault === 'none' ? NO_FAULT : FAULTS[row.fault])
  if (!fault) throw new Error(`no fault '${row.fault}' in the matrix`)
  const cancel = new AbortController()
  const out: string[] = []
  const switcher = faultSwitch(row, fault, k, () => cancel.abort(new Error('received SIGINT')))
  const watch = (text: string): void => {
    out.push(text)
    switcher.watch(text)
  }
  const io: CliIo = {
    stdout: { write: watch, isTTY: false },
    stderr: { write: watch, isTTY: false },
    env: {},
    cwd,
    clock: systemClock,
    signal: cancel.signal,
    process: processInfo
  }
  let exit: number
  try {
    exit = await runCli(
      [
        'run',
        'experiments',
        '--kubeconfig',
        k.kubeconfig,
        '--environment',
        'staging',
        '--run-id',
        runId
      ],
      COMMANDS,
      io,
      '0.0.0'
    )
  } finally {
    fault.off(k.sim.faults)
  }
  const report = await readFile(join(cwd, 'chaos-gate-report', 'chaos-gate-report.json'), 'utf8')
    .then((t) => (JSON.parse(t) as { verdict: string }).verdict)
    .catch(() => 'none')
  return {
    exit,
    verdict: report,
    leftovers: runLeftovers(k.sim, runId),
    output: out.join(''),
    runId,
    cwd
  }
}

/** `chaos-gate cleanup` of a row's run, as a person would run it afterwards. */
export async function cleanupRow(
  k: KubeSim,
  outcome: RowOutcome
): Promise<{ exit: number; output: string }> {
  const out: string[] = []
  const write = (t: string): void => void out.push(t)
  const io: CliIo = {
    stdout: { write, isTTY: false },
    stderr: { write, isTTY: false },
    env: {},
    cwd: outcome.cwd,
    clock: systemClock,
    signal: new AbortController().signal,
    process: processInfo
  }
  const exit = await runCli(
    ['cleanup', '--run-id', outcome.runId, '--kubeconfig', k.kubeconfig],
    COMMANDS,
    io,
    '0.0.0'
  )
  return { exit, output: out.join('') }
}
