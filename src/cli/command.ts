/**
 * The shape of a CLI command. Each command lives in cli/commands/<name>.ts and is listed once in
 * cli/commands.ts, which loads it only when it runs; run-cli.ts parses flags, prints help and maps
 * errors to exit codes.
 */
import type { ParseArgsConfig } from 'node:util'

import type { Clock } from '../util/clock'
import type { SecretMask } from '../util/secret-mask'

/** The terminal and process facts a command may use; injected so tests capture output. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean }
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean }
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  readonly clock: Clock
  /** Aborts on SIGINT/SIGTERM. */
  readonly signal: AbortSignal
  /** This process's id and whether another is alive: run-state files record the gate's pid. */
  readonly process: ProcessInfo
  /**
   * Secrets the command learns (Prometheus headers and URL credentials, the kubeconfig's token),
   * masked out of stdout, stderr, the reports and the run state. runCli always sets it.
   */
  readonly secrets?: SecretMask
  /**
   * Registers what to leave behind if the process ends before the command returns (an `error`
   * report): only the real process has such an end (exit-guard.ts); tests leave it out.
   */
  readonly onUnfinished?: (lastWords: () => Promise<void>) => void
}

/** What run-state needs of the process: a later cleanup tells a live in-process fault from a dead one. */
export interface ProcessInfo {
  readonly pid: number
  isAlive: (pid: number) => boolean
}

export type CliOptions = NonNullable<ParseArgsConfig['options']>

/** Parsed flag values, as node:util parseArgs returns them. */
export type FlagValues = Readonly<
  Record<string, string | boolean | (string | boolean)[] | undefined>
>

/**
 * A command as the dispatcher knows it before loading it: `--help` lists it, its name selects it,
 * and `load` brings in its code (a chunk of its own in the bundle), so `--version`, `--help` and
 * each command load only what they use.
 */
export interface CommandEntry {
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  load(): Promise<Command>
}

export interface Command {
  readonly name: string
  /** The usage line and the description of every flag, for `--help`. */
  readonly help: string
  readonly options: CliOptions
  /** Runs the command and returns the process exit code (0 pass, 1 gate failed, 2 invalid input, 3 could not operate). */
  run(flags: FlagValues, positionals: readonly string[], io: CliIo): Promise<number>
}
