/**
 * The action's main step, as a table of contents: read the inputs, decide from the event, then
 * verify, plan a pull request (dry-run on pull_request events), or gate. The only place main sets the job status: errors are mapped once by failStep,
 * a failing verdict by the outcome the steps return.
 */
import { join } from 'node:path'

import { UNFINISHED_MESSAGE } from '../util/exit-guard'
import type { ActionDeps } from './action-deps'
import { decideEvent, readEventPayload } from './event'
import { failStep, rejectInputs } from './fail-step'
import { runGateStep, type StepOutcome } from './gate-step'
import { readGitHubEnv } from './github-env'
import { readInputs } from './inputs'
import { mainScope } from './main-scope'
import { writeJobSummary } from './notify/job-summary'
import { setOutputs, verdictOutputs } from './outputs'
import { runPullRequestStep } from './pr-plan-step'
import { registerProblemMatcher } from './problem-matcher'
import { runVerifyStep } from './verify-step'

export async function runMain(deps: ActionDeps): Promise<void> {
  const { core } = deps
  let workspace = deps.cwd
  let runId = ''
  try {
    const gh = readGitHubEnv(deps.env, deps.cwd)
    workspace = gh.workspace
    const inputs = readInputs(core, gh, deps.newRunId(), deps.env)
    if (!inputs.ok) return await rejectInputs(core, inputs.errors)
    const { settings } = inputs
    if (gh.runnerTemp) await registerProblemMatcher(core, join(gh.runnerTemp, 'chaos-gate-matcher'))
    const decision = decideEvent({
      gh,
      payload: await readEventPayload(gh),
      environment: settings.gate.environment,
      verify: settings.gate.mode === 'verify',
      ...(settings.sha && { sha: settings.sha })
    })
    if (decision.kind === 'skip') return await skip(deps, decision.reason)
    const scope = mainScope(deps, gh, settings, decision.target)
    const { mode } = settings.gate
    const pr = decision.target.pullRequest
    runId = mode === 'verify' || (mode === 'dry-run' && pr) ? '' : settings.gate.runId
    const outcome: StepOutcome =
      mode === 'verify'
        ? await runVerifyStep(scope)
        : mode === 'dry-run' && pr
          ? await runPullRequestStep(scope, pr)
          : await runGateStep(scope)
    if (outcome.failure) core.setFailed(outcome.failure)
  } catch (err) {
    await failStep(core, err, workspace, runId)
  }
}

/**
 * Main's last words when its process is ending before runMain returned (util/exit-guard.ts):
 * outputs and summary say `error`, and the step fails. The post step still removes the faults.
 */
export async function mainUnfinished(deps: ActionDeps): Promise<void> {
  setOutputs(deps.core, verdictOutputs('error'))
  await writeJobSummary(
    deps.core,
    `### Chaos gate error\n\n${UNFINISHED_MESSAGE}. The post step removes whatever the run injected.\n`
  )
  deps.core.setFailed(UNFINISHED_MESSAGE)
}

/** Not this event's business: a notice, verdict `skipped`, and no check run. */
async function skip(deps: ActionDeps, reason: string): Promise<void> {
  deps.core.notice(`Chaos gate skipped: ${reason}.`, { title: 'chaos-gate: skipped' })
  setOutputs(deps.core, verdictOutputs('skipped'))
  await writeJobSummary(deps.core, `### Chaos gate skipped\n\n${reason}.\n`)
}
