/**
 * What main hands to the post step (core.saveState → GITHUB_STATE → STATE_* in post). Each value
 * is written the moment it is known, so a main step that is cancelled or killed halfway still
 * leaves post enough to clean up and close the check run.
 */
import type { ActionsCore } from './actions-core'

/** How far main got: post acts differently for a run that finished, was cancelled or died. */
export type MainProgress = 'started' | 'finished' | 'interrupted'

export interface SavedState {
  /** The run id every created object is labelled with. */
  readonly runId?: string
  /** The engine's run-state directory (handles saved right after each submit). */
  readonly stateDir?: string
  readonly checkRunId?: number
  readonly checkRunCompleted?: boolean
  readonly checkName?: string
  readonly sha?: string
  readonly progress?: MainProgress
  /** Alertmanager silences main created, comma-separated (ops/run-hooks.ts). */
  readonly silences?: string
  /** Main expired them; post has nothing to do. */
  readonly silencesExpired?: boolean
}

export const STATE_KEYS = {
  runId: 'run-id',
  stateDir: 'state-dir',
  checkRunId: 'check-run-id',
  checkRunCompleted: 'check-run-completed',
  checkName: 'check-name',
  sha: 'sha',
  progress: 'progress',
  silences: 'silences',
  silencesExpired: 'silences-expired'
} as const satisfies Record<keyof SavedState, string>

const FIELDS = [
  'runId',
  'stateDir',
  'checkRunId',
  'checkRunCompleted',
  'checkName',
  'sha',
  'progress',
  'silences',
  'silencesExpired'
] as const satisfies readonly (keyof SavedState)[]

/** Saves the given fields at once; fields not given are left as they are. */
export function saveState(core: ActionsCore, patch: SavedState): void {
  for (const key of FIELDS) {
    const value = patch[key]
    if (value !== undefined) core.saveState(STATE_KEYS[key], String(value))
  }
}

/** Reads what main saved; fields main never reached are undefined. */
export function readState(core: ActionsCore): SavedState {
  const text = (key: keyof SavedState): string | undefined =>
    core.getState(STATE_KEYS[key]) || undefined
  const checkRunId = Number(text('checkRunId'))
  const progress = text('progress')
  const runId = text('runId')
  const stateDir = text('stateDir')
  const checkName = text('checkName')
  const sha = text('sha')
  const silences = text('silences')
  return {
    ...(runId && { runId }),
    ...(stateDir && { stateDir }),
    ...(Number.isSafeInteger(checkRunId) && checkRunId > 0 && { checkRunId }),
    checkRunCompleted: text('checkRunCompleted') === 'true',
    ...(checkName && { checkName }),
    ...(sha && { sha }),
    ...(isProgress(progress) && { progress }),
    ...(silences && { silences }),
    ...(text('silencesExpired') === 'true' && { silencesExpired: true })
  }
}

function isProgress(value: string | undefined): value is MainProgress {
  return value === 'started' || value === 'finished' || value === 'interrupted'
}
