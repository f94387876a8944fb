import pkg from '../package.json'
import { COMMANDS } from './cli/commands'
import { runCli } from './cli/run-cli'
import { cliIo } from './deps'

/** The `chaos-gate` command line. */
export async function cli(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv, COMMANDS, cliIo(), pkg.version)
}
