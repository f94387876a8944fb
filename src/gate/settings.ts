/**
 * The gate's settings, one shape for the action and the CLI. Both read them through one table
 * (settings-table.ts, read-settings.ts); everything past the front ends reads this readonly value.
 */
import type { GremlinSettings } from '../backends/backend'
import type { BackendKind } from '../manifest/model'
import type { PrometheusEndpoint } from '../manifest/steady-state-model'
import type { ErrorBudgetRule } from '../steady-state/error-budget'

export type Mode = 'enforce' | 'warn' | 'dry-run' | 'verify'
export type Verdict = 'pass' | 'fail' | 'aborted' | 'inconclusive' | 'error' | 'skipped'
export const VERDICTS: readonly Verdict[] = [
  'pass',
  'fail',
  'aborted',
  'inconclusive',
  'error',
  'skipped'
]

export const MODES: readonly Mode[] = ['enforce', 'warn', 'dry-run', 'verify']

export interface GateSettings {
  /** Globs or paths of manifests. */
  readonly experiments: readonly string[]
  /** Working directory the globs and report paths are relative to. */
  readonly cwd: string
  readonly backend: 'auto' | BackendKind
  readonly kubeconfig?: string
  readonly context?: string
  /** Namespace for objects that do not name one. */
  readonly namespace?: string
  /** Path of the blast-radius policy file, or inline YAML. */
  readonly policy?: string
  readonly prometheus?: PrometheusEndpoint
  /** SLOs whose remaining error budget must be above a floor for any experiment to run. */
  readonly errorBudget?: readonly ErrorBudgetRule[]
  readonly mode: Mode
  readonly environment: string
  readonly concurrency: number
  /** The whole gate's deadline. */
  readonly timeoutMs: number
  /** Verdicts that fail the gate. */
  readonly failOn: ReadonlySet<Verdict>
  readonly reportDir: string
  /** Where run-state files live, for the post step and `chaos-gate cleanup`. */
  readonly stateDir: string
  readonly runId: string
  /** The commit under test, when known (deployment sha or checked-out sha). */
  readonly sha?: string
  /** Only run experiments whose names match one of these (empty: all). */
  readonly only: readonly string[]
  /** For the gremlin backend; absent, GREMLIN_TEAM_ID and GREMLIN_API_KEY are used. */
  readonly gremlin?: GremlinSettings
}
