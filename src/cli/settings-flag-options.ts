/**
 * The option table of the CLI flags that mirror the action's inputs, and of the CLI's own settings
 * (settings-flags.ts reads them). A module of its own that imports nothing, so the error printer
 * can name a flag without loading the settings code at every start (run-cli.ts).
 */
import type { CliOptions } from './command'

/** Every settings flag; commands pick from these (settings-flags.ts). */
export const SETTINGS_FLAGS = {
  experiments: { type: 'string', multiple: true, short: 'e' },
  policy: { type: 'string', short: 'p' },
  namespace: { type: 'string', short: 'n' },
  environment: { type: 'string' },
  backend: { type: 'string' },
  'prometheus-url': { type: 'string' },
  'prometheus-header': { type: 'string', multiple: true },
  'error-budget': { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  mode: { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'fail-on': { type: 'string' },
  'report-dir': { type: 'string' },
  'state-dir': { type: 'string' },
  'run-id': { type: 'string' },
  sha: { type: 'string' },
  only: { type: 'string', multiple: true },
  'gremlin-team-id': { type: 'string' }
} as const satisfies CliOptions

export type SettingsFlag = keyof typeof SETTINGS_FLAGS
