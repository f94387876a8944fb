import type { Command } from './command'
import { cleanupCommand } from './commands/cleanup'

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [cleanupCommand]
