import pkg from '../package.json'
import { COMMANDS } from './cli/commands'
import { ExitCode } from './cli/exit-codes'
import { runCli } from './cli/run-cli'
import { cliIo } from './process-deps'
import { guardExit } from './util/exit-guard'

/** The `chaos-gate` command line. */
export async function cli(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const guard = guardExit(process, ExitCode.cannotOperate, (message) =>
    process.stderr.write(`chaos-gate: ${message}\n`)
  )
  guard.settle(await runCli(argv, COMMANDS, cliIo(guard), pkg.version))
}
