/**
 * What a run-state file holds (run-state.ts writes it, run-state-schema.ts checks it when it is
 * read back): per experiment, what was submitted, aborted and cleaned up.
 */
import type { CleanupReport, Handle } from '../../backends/backend'
import type { BackendKind } from '../../manifest/model'

export const RUN_STATE_VERSION = 1

/** What the state file knows about one experiment. */
export interface ExperimentState {
  readonly backend: BackendKind
  /** Namespaces cleanup should search by label. */
  readonly namespaces: readonly string[]
  readonly handle?: Handle
  readonly submittedAt?: number
  readonly abortedAt?: number
  readonly abortReason?: string
  readonly cleanedAt?: number
  readonly cleanup?: CleanupReport
}

/** A later cleanup of the run (`chaos-gate cleanup`, the action's post step). */
export interface CleanupRecord {
  readonly at: number
  readonly by: string
  readonly clean: boolean
  readonly reports: readonly (CleanupReport & { readonly backend: BackendKind })[]
}

export interface RunState {
  readonly version: typeof RUN_STATE_VERSION
  readonly runId: string
  readonly environment: string
  /** The cluster the run used, so `chaos-gate cleanup` finds it again without being told. */
  readonly cluster?: { readonly kubeconfig?: string; readonly context?: string }
  /** The process that ran the gate; a cleanup can tell whether it is still alive. */
  readonly pid: number
  readonly startedAt: number
  readonly updatedAt: number
  readonly status: 'running' | 'finished' | 'interrupted'
  readonly experiments: Readonly<Record<string, ExperimentState>>
  readonly cleanups: readonly CleanupRecord[]
}
