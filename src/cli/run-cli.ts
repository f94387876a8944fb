import { parseArgs } from 'node:util'

import {
  BackendError,
  compareIssues,
  errorMessage,
  formatIssue,
  GateTimeoutError,
  InputError,
  InputErrors,
  ManifestError
} from '../util/errors'
import type { CliIo, CliOptions, CommandEntry } from './command'
import { ExitCode } from './exit-codes'
import { maskedIo } from './masked-io'
import { SETTINGS_FLAGS } from './settings-flag-options'

const COMMON_OPTIONS: CliOptions = { help: { type: 'boolean', short: 'h' } }

/**
 * Dispatches `chaos-gate <command> [flags] [args]`. The only place that turns thrown errors into
 * exit codes and messages for the CLI.
 */
export async function runCli(
  argv: readonly string[],
  commands: readonly CommandEntry[],
  unmasked: CliIo,
  version: string
): Promise<number> {
  const io = maskedIo(unmasked)
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(renderCommandList(commands, version))
    return name === undefined ? ExitCode.invalid : ExitCode.ok
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`chaos-gate ${version}\n`)
    return ExitCode.ok
  }
  const entry = commands.find((c) => c.name === name)
  if (!entry) {
    io.stderr.write(
      `chaos-gate: unknown command '${name}'. Expected one of: ${commands.map((c) => c.name).join(', ')}. Run 'chaos-gate --help'.\n`
    )
    return ExitCode.invalid
  }
  const command = await entry.load()
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true
    })
  } catch (err) {
    io.stderr.write(`chaos-gate ${command.name}: ${errorMessage(err)}\n\n${command.help}\n`)
    return ExitCode.invalid
  }
  if (parsed.values.help === true) {
    io.stdout.write(`${command.help}\n`)
    return ExitCode.ok
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io)
  } catch (err) {
    return reportError(err, io)
  }
}

/** Maps an error to its exit code and prints it the way a user can act on. */
export function reportError(err: unknown, io: CliIo): number {
  if (err instanceof ManifestError) {
    for (const issue of [...err.issues].sort(compareIssues))
      io.stderr.write(`${formatIssue(issue)}\n`)
    io.stderr.write(`${err.message}; nothing was injected.\n`)
    return ExitCode.invalid
  }
  if (err instanceof InputError) {
    for (const one of err instanceof InputErrors ? err.errors : [err])
      io.stderr.write(`chaos-gate: ${asFlag(one).message}\n`)
    return ExitCode.invalid
  }
  if (err instanceof BackendError || err instanceof GateTimeoutError) {
    io.stderr.write(`chaos-gate: ${err.message}\n`)
    return ExitCode.cannotOperate
  }
  io.stderr.write(`chaos-gate: ${errorMessage(err)}\n`)
  if (err instanceof Error && err.stack && io.env.CHAOS_GATE_DEBUG)
    io.stderr.write(`${err.stack}\n`)
  return ExitCode.cannotOperate
}

/**
 * The engine names a setting as the action's input (`run-id`, `kubeconfig`); on the command line
 * it is a flag (`--run-id`). Names the settings parser already gave as flags, and environment
 * variables, stay as they are.
 */
function asFlag(err: InputError): InputError {
  return Object.hasOwn(SETTINGS_FLAGS, err.input)
    ? new InputError(`--${err.input}`, err.detail)
    : err
}

function renderCommandList(commands: readonly CommandEntry[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    `chaos-gate ${version}: run chaos experiments as a post-deploy quality gate`,
    '',
    'Usage: chaos-gate <command> [flags] [paths...]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run 'chaos-gate <command> --help' for a command's flags.",
    'Exit codes: 0 passed, 1 gate failed, 2 invalid input (nothing injected), 3 could not operate.',
    ''
  ].join('\n')
}
