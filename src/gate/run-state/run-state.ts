/**
 * The run-state file, `<stateDir>/<runId>.json`: what a run submitted, aborted and cleaned up.
 * It is written atomically (tmp + rename) right after each submit and before anything else
 * happens, so a cancelled or crashed run can still be cleaned up by `chaos-gate cleanup` or the
 * action's post step. Writes are serialised; each write stores the latest whole state.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { CleanupReport, Handle } from '../../backends/backend'
import type { Clock } from '../../util/clock'
import { errorMessage, InputError, StateFileError } from '../../util/errors'
import { maskStrings, type SecretMask } from '../../util/secret-mask'
import {
  type CleanupRecord,
  type ExperimentState,
  RUN_STATE_VERSION,
  type RunState
} from './run-state-model'
import { parseRunState } from './run-state-schema'

/** What the engine knows when a run begins. */
export type RunStart = Omit<RunState, 'version' | 'updatedAt' | 'status' | 'cleanups' | 'pid'>

/** How the engine records a run; the file-backed store implements it. */
export interface RunStateRecorder {
  begin(state: RunStart): Promise<void>
  submitted(experiment: string, handle: Handle): Promise<void>
  aborted(experiment: string, reason: string): Promise<void>
  cleaned(experiment: string, report: CleanupReport): Promise<void>
  finished(status: RunState['status']): Promise<void>
}

/** Keeps the state in memory and persists every change, in order, through `persist`. */
export class RunStateStore implements RunStateRecorder {
  private state: RunState | undefined
  private writes: Promise<void> = Promise.resolve()

  constructor(
    private readonly persist: (state: RunState) => Promise<void>,
    private readonly clock: Clock,
    /** The gate's process id, so a later cleanup can tell whether the run is still alive. */
    private readonly pid: number,
    /** Throws when the run id may not be used now (another live process runs it). */
    private readonly claim: (runId: string) => Promise<void> = () => Promise.resolve()
  ) {}

  /** The latest state, for tests and the post step. */
  get current(): RunState | undefined {
    return this.state
  }

  async begin(init: RunStart): Promise<void> {
    await this.claim(init.runId)
    const state: RunState = {
      version: RUN_STATE_VERSION,
      ...init,
      pid: this.pid,
      updatedAt: init.startedAt,
      status: 'running',
      cleanups: []
    }
    this.state = state
    return this.write(state)
  }

  submitted(experiment: string, handle: Handle): Promise<void> {
    return this.patch(experiment, { handle, submittedAt: this.clock.now() })
  }

  aborted(experiment: string, reason: string): Promise<void> {
    return this.patch(experiment, { abortedAt: this.clock.now(), abortReason: reason })
  }

  cleaned(experiment: string, report: CleanupReport): Promise<void> {
    return this.patch(experiment, { cleanedAt: this.clock.now(), cleanup: report })
  }

  finished(status: RunState['status']): Promise<void> {
    return this.update((s) => ({ ...s, status }))
  }

  /** Appends a later cleanup of this run. */
  recordCleanup(record: CleanupRecord): Promise<void> {
    return this.update((s) => ({ ...s, cleanups: [...s.cleanups, record] }))
  }

  /** Starts from a state read back from disk (for a later cleanup). */
  adopt(state: RunState): void {
    this.state = state
  }

  private patch(experiment: string, change: Partial<ExperimentState>): Promise<void> {
    return this.update((s) => {
      const prev = s.experiments[experiment] ?? { backend: 'local', namespaces: [] }
      return { ...s, experiments: { ...s.experiments, [experiment]: { ...prev, ...change } } }
    })
  }

  private update(fn: (s: RunState) => RunState): Promise<void> {
    if (!this.state) return Promise.reject(new Error('run state used before begin()'))
    const next = { ...fn(this.state), updatedAt: this.clock.now() }
    this.state = next
    return this.write(next)
  }

  private write(snapshot: RunState): Promise<void> {
    this.writes = this.writes.catch(() => undefined).then(() => this.persist(snapshot))
    return this.writes
  }
}

/** The path of a run's state file. */
export function runStatePath(stateDir: string, runId: string): string {
  return join(stateDir, `${runId}.json`)
}

/** Writes the state atomically: a crash mid-write leaves the previous file intact. */
export async function writeRunStateFile(stateDir: string, state: RunState): Promise<void> {
  await mkdir(stateDir, { recursive: true })
  const path = runStatePath(stateDir, state.runId)
  const tmp = `${path}.${state.pid}.tmp`
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`, 'utf8')
  await rename(tmp, path)
}

export interface FileRunStateOptions {
  /** Masked out of abort reasons and cleanup errors (they may quote a server) before the disk. */
  readonly secrets?: SecretMask
  /** With it, a run id whose state belongs to another live process is refused (see begin). */
  readonly isProcessAlive?: (pid: number) => boolean
}

/** A store that keeps `<stateDir>/<runId>.json` up to date. */
export function fileRunState(
  stateDir: string,
  clock: Clock,
  pid: number,
  { secrets, isProcessAlive }: FileRunStateOptions = {}
): RunStateStore {
  return new RunStateStore(
    (state) => writeRunStateFile(stateDir, secrets ? maskStrings(state, secrets) : state),
    clock,
    pid,
    (runId) =>
      isProcessAlive ? claimRunId(stateDir, runId, pid, isProcessAlive) : Promise.resolve()
  )
}

/**
 * Refuses a run id whose state file says another process, still alive, is running it. Two live
 * runs with one id would adopt each other's fault objects (same names, same labels), both report
 * on them, and write one state file.
 */
async function claimRunId(
  stateDir: string,
  runId: string,
  pid: number,
  isProcessAlive: (pid: number) => boolean
): Promise<void> {
  const other = await readOne(runStatePath(stateDir, runId)).catch(() => undefined)
  if (!other || other.status !== 'running' || other.pid === pid || !isProcessAlive(other.pid))
    return
  throw new InputError(
    'run-id',
    `run id '${runId}' belongs to a run still in progress: process ${other.pid} started it at ${new Date(other.startedAt).toISOString()} and is alive. Wait for it to finish, stop it (kill -INT ${other.pid}), or use another --run-id`
  )
}

/**
 * Reads a run's state, or the latest run's (by start time) when no id is given. Undefined when
 * there is none; throws when the file exists but is not a run-state file.
 */
export async function readRunState(
  stateDir: string,
  runId?: string
): Promise<RunState | undefined> {
  if (runId !== undefined) return readOne(runStatePath(stateDir, runId))
  let names: string[]
  try {
    names = (await readdir(stateDir)).filter((n) => n.endsWith('.json'))
  } catch (err) {
    // No directory is no run; any other failure must not pass for one.
    if (isMissing(err)) return undefined
    throw new StateFileError(
      `${stateDir}: cannot read the state directory: ${errorMessage(err)}. Check its permissions, or pass the run id to read one file`,
      { cause: err }
    )
  }
  const states = await Promise.all(names.map((n) => readCandidate(join(stateDir, n))))
  return states
    .filter((s): s is RunState => s !== undefined)
    .sort((a, b) => b.startedAt - a.startedAt)[0]
}

async function readOne(path: string): Promise<RunState | undefined> {
  const text = await readText(path)
  return text === undefined ? undefined : parseRunState(text, path)
}

/**
 * One `.json` file of the state directory while looking for the latest run. Other tools' files
 * (not JSON, or without a `runId`) are not runs; a run-state file that fails its checks is
 * refused, since it may be the latest run's and an older run must not be picked past it.
 */
async function readCandidate(path: string): Promise<RunState | undefined> {
  const text = await readText(path)
  return text === undefined || !claimsRunState(text) ? undefined : parseRunState(text, path)
}

/** The file's text; undefined when it does not exist, which is the only failure that means "no run". */
async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (err) {
    if (isMissing(err)) return undefined
    throw new StateFileError(`${path}: cannot read the run-state file: ${errorMessage(err)}`, {
      cause: err
    })
  }
}

function claimsRunState(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text)
    return typeof json === 'object' && json !== null && 'runId' in json
  } catch {
    // Not JSON: some other tool's file.
    return false
  }
}

/** ENOENT. Not `instanceof Error`: errors from node:fs may come from another realm (jest's vm). */
function isMissing(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT'
}
