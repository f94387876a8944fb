import type { Command } from './command'
import { cleanupCommand } from './commands/cleanup'
import { demoCommand } from './commands/demo'
import { planCommand } from './commands/plan'
import { runCommand } from './commands/run'
import { validateCommand } from './commands/validate'

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  planCommand,
  runCommand,
  cleanupCommand,
  demoCommand
]
