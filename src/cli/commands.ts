import type { Command } from './command'
import { planCommand } from './commands/plan'
import { validateCommand } from './commands/validate'

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, planCommand]
