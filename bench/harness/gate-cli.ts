/** `node <bundle>/cli.js run ...` as a child process, with its reports and state in a temp dir. */
import { join } from 'node:path'

import type { BenchContext, Bundle } from './model'
import { type Running, startNode } from './processes'

export interface GateCliRun {
  readonly bundle: Bundle
  /** Manifests: a file or a directory. */
  readonly experiments: string
  readonly concurrency?: number
  readonly extraArgs?: readonly string[]
  readonly usageFile?: string
  /** Extra environment (a cloud SDK's endpoint and credentials). */
  readonly env?: Readonly<Record<string, string>>
  readonly timeoutMs: number
  /** The node binary; the one running the benchmark when unset. */
  readonly node?: string
}

/** The CLI entry of the bundle; throws when the build has none. */
export function cliEntry(bundle: Bundle): string {
  const entry = bundle.entries.cli
  if (entry === undefined) throw new Error(`the bundle in ${bundle.dir} exports no cli()`)
  return entry
}

/** A started gate and where it writes. */
export interface GateCliProcess extends Running {
  /** The JSON report, once the gate has finished. */
  readonly reportPath: string
  readonly stateDir: string
}

/** Starts `chaos-gate run` from the bundle. */
export function startGateCli(ctx: BenchContext, run: GateCliRun): GateCliProcess {
  const work = ctx.tempDir('gate-run')
  const reportDir = join(work, 'reports')
  const stateDir = join(work, 'state')
  const running = startNode({
    ...(run.node !== undefined && { node: run.node }),
    args: [
      cliEntry(run.bundle),
      'run',
      run.experiments,
      '--concurrency',
      String(run.concurrency ?? 1),
      '--report-dir',
      reportDir,
      '--state-dir',
      stateDir,
      ...(run.extraArgs ?? [])
    ],
    cwd: work,
    env: { NO_COLOR: '1', ...run.env },
    timeoutMs: run.timeoutMs,
    ...(run.usageFile !== undefined && { usageFile: run.usageFile })
  })
  return { ...running, reportPath: join(reportDir, 'chaos-gate-report.json'), stateDir }
}
