/**
 * The action's post step (`post-if: always()`): whatever happened to main (finished, cancelled,
 * crashed, killed), remove what the run left behind by its label, and close a check run main
 * left open, saying what is known: `cancelled` when main was cancelled, `failure` when main
 * ended without a verdict. Reporting stays best-effort; a fault that could not be removed (or not
 * knowing), or a main that never reached a verdict, fails the job and alerts Slack.
 */
import type { CleanupReport } from '../backends/backend'
import { errorMessage, InternalError } from '../util/errors'
import { UNFINISHED_MESSAGE } from '../util/exit-guard'
import type { ActionDeps } from './action-deps'
import { gatedDeployment } from './event'
import type { RunCleanup } from './gate-engine'
import { readGitHubEnv } from './github-env'
import { readInputs } from './inputs'
import { type MainScope, mainScope } from './main-scope'
import { unfinishedOutput } from './notify/check-run-content'
import { notifyError, notifyStranded } from './notify/gate-notify'
import { concludeIfOpen } from './notify/github/check-run'
import { writeJobSummary } from './notify/job-summary'
import { expireSilences } from './ops/run-hooks'
import { type MainProgress, readState, type SavedState } from './state'

export async function runPost(deps: ActionDeps): Promise<void> {
  const saved = readState(deps.core)
  const { runId, stateDir, sha } = saved
  if (!runId || !stateDir || !sha) {
    deps.core.info('Chaos gate post: main started no run, so there is nothing to clean up.')
    return
  }
  try {
    await cleanUp(deps, saved, await postScope(deps, saved, runId, sha), { runId, stateDir, sha })
  } catch (err) {
    deps.core.setFailed(
      `Chaos gate post could not clean up run ${runId}: ${errorMessage(err)}. Run 'chaos-gate cleanup --run-id ${runId}' against the cluster to remove what it left.`
    )
  }
}

/** Post's last words when its process is ending before runPost returned (util/exit-guard.ts). */
export function postUnfinished(deps: ActionDeps): Promise<void> {
  const { runId } = readState(deps.core)
  deps.core.setFailed(
    `${UNFINISHED_MESSAGE}: post did not finish cleaning up${runId ? `; run 'chaos-gate cleanup --run-id ${runId}' against the cluster` : ''}.`
  )
  return Promise.resolve()
}

async function cleanUp(
  deps: ActionDeps,
  saved: SavedState,
  scope: MainScope,
  run: { readonly runId: string; readonly stateDir: string; readonly sha: string }
): Promise<void> {
  let cleanup: RunCleanup
  try {
    cleanup = await deps.engine.cleanup({ ...scope.settings.gate, ...run }, deps.signal)
  } catch (err) {
    // Not knowing whether a fault is still injected is as bad as knowing it is.
    cleanup = {
      submitted: [],
      stopped: [],
      reports: [
        {
          deleted: [],
          stuck: [],
          errors: [`cleanup of run ${run.runId} failed: ${errorMessage(err)}`]
        }
      ]
    }
  }
  if (saved.silences && !saved.silencesExpired) {
    // Main died before it expired them; the faults are gone now, so the alerts may page again.
    await expireSilences(scope, saved.silences.split(','))
  }
  const stranded = strandedOf(cleanup.reports)
  const known = whatIsKnown(saved, cleanup, stranded)
  await closeCheckRun(scope, saved, known)
  // A run main finished and cleaned up needs no second summary; anything else is worth one.
  const removed = cleanup.stopped.length > 0 || cleanup.reports.some((r) => r.deleted.length > 0)
  if (saved.progress !== 'finished' || removed || stranded) {
    await writeJobSummary(
      deps.core,
      ['### Chaos gate post step', '', ...known.map((k) => `- ${k}`), ''].join('\n')
    )
  }
  if (stranded) {
    for (const s of stranded.stuck)
      deps.core.error(`${s.ref} is still present: ${s.reason}. Inspect it with: ${s.inspect}`, {
        title: 'chaos-gate: fault left behind'
      })
    for (const e of stranded.errors) deps.core.error(e, { title: 'chaos-gate: cleanup failed' })
    await notifyStranded(scope, stranded)
    deps.core.setFailed(
      `Chaos gate run ${run.runId} left fault objects that cleanup could not remove; remove them by hand (see the errors above).`
    )
    return
  }
  deps.core.info(`Chaos gate post: ${known.join(' ')}`)
  if (noVerdict(saved)) {
    await notifyError(
      scope,
      new Error(`main stopped before it reported (it crashed or was killed). ${known.join(' ')}`)
    )
    // The job must not read as green: main may have exited 0 without ever deciding.
    deps.core.setFailed(
      `Chaos gate run ${run.runId}: main ended without a verdict, so nothing was gated. ${known.join(' ')}`
    )
  }
}

/** Main started a run and neither finished it nor was cancelled: it never wrote a verdict. */
function noVerdict(saved: SavedState): boolean {
  return (saved.progress ?? 'started') === 'started'
}

async function postScope(
  deps: ActionDeps,
  saved: SavedState,
  runId: string,
  sha: string
): Promise<MainScope> {
  const gh = readGitHubEnv(deps.env, deps.cwd)
  const inputs = readInputs(deps.core, gh, runId, deps.env)
  if (!inputs.ok) throw inputs.errors[0] ?? new InternalError('inputs rejected without a reason')
  const settings = {
    ...inputs.settings,
    github: { ...inputs.settings.github, ...(saved.checkName && { checkName: saved.checkName }) }
  }
  const deployment = await gatedDeployment(gh, settings.gate.environment)
  return mainScope(deps, gh, settings, {
    sha,
    environment: settings.gate.environment,
    eventName: gh.eventName,
    ...(deployment && { deployment })
  })
}

async function closeCheckRun(
  scope: MainScope,
  saved: SavedState,
  known: readonly string[]
): Promise<void> {
  const id = saved.checkRunId
  if (id === undefined || saved.checkRunCompleted || !scope.api) return
  const [conclusion, title] = noVerdict(saved)
    ? (['failure', 'No verdict: main ended before it reported'] as const)
    : (['cancelled', 'Cancelled before a verdict'] as const)
  try {
    const result = await concludeIfOpen(
      scope.api,
      scope.deps.clock,
      id,
      conclusion,
      unfinishedOutput(scope.links, title, known)
    )
    scope.deps.core.info(
      result === 'concluded'
        ? `Closed check run #${id} as ${conclusion}.`
        : `Check run #${id} was already completed.`
    )
  } catch (err) {
    scope.deps.core.warning(
      `Closing check run #${id} failed: ${errorMessage(err)}. It stays in progress until GitHub times it out.`
    )
  }
}

const PROGRESS: Readonly<Record<MainProgress, string>> = {
  started: 'Main stopped before it reported: it crashed or was killed.',
  interrupted: 'Main was cancelled; it aborted its faults before exiting.',
  finished: 'Main finished and reported.'
}

function whatIsKnown(
  saved: SavedState,
  cleanup: RunCleanup,
  stranded: CleanupReport | undefined
): string[] {
  return [
    `Run \`${saved.runId}\`.`,
    PROGRESS[saved.progress ?? 'started'],
    cleanup.submitted.length > 0
      ? `Faults submitted: ${cleanup.submitted.join(', ')}.`
      : // Main may have been killed between creating an object and recording its handle: the
        // label sweep below still finds such an object, so "none submitted" would be untrue.
        'No fault was recorded as submitted.',
    ...(stranded
      ? [`Cleanup could not remove ${stranded.stuck.length + stranded.errors.length} object(s).`]
      : removedLines(cleanup))
  ]
}

/** What post's cleanup stopped and removed: recorded faults first, then the label sweep's finds. */
function removedLines(cleanup: RunCleanup): string[] {
  const stopped = new Set(cleanup.stopped)
  const deleted = cleanup.reports.flatMap((r) => r.deleted).filter((d) => !stopped.has(d))
  const lines = [
    ...(stopped.size > 0
      ? [`Faults main never cleaned up, aborted and now gone: ${[...stopped].join(', ')}.`]
      : []),
    ...(deleted.length > 0
      ? [`Cleanup by label removed ${deleted.length} object(s) left behind: ${deleted.join(', ')}.`]
      : [])
  ]
  return lines.length > 0 ? lines : ['Cleanup by label found nothing left behind.']
}

function strandedOf(reports: readonly CleanupReport[]): CleanupReport | undefined {
  const stuck = reports.flatMap((r) => r.stuck)
  const errors = reports.flatMap((r) => r.errors)
  return stuck.length + errors.length > 0 ? { deleted: [], stuck, errors } : undefined
}
