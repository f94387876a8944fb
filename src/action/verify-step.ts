/**
 * Main's `mode: verify` path: read the gate's check run on the commit and pass or fail on it.
 * Nothing is injected and no check run is written. Not finding out is a failure too: a promotion
 * must not go ahead on a gate nobody could read.
 */
import { InputError } from '../util/errors'
import type { StepOutcome } from './gate-step'
import type { MainScope } from './main-scope'
import { writeJobSummary } from './notify/job-summary'
import { setOutputs, verdictOutputs } from './outputs'
import { verifyCheckRun } from './verify'

export async function runVerifyStep(scope: MainScope): Promise<StepOutcome> {
  const { core } = scope.deps
  if (!scope.api) {
    throw new InputError(
      'github-token',
      "'mode: verify' reads the gate's check run; pass ${{ github.token }} with 'permissions: { checks: read }'"
    )
  }
  const result = await verifyCheckRun(scope.api, scope.target.sha, scope.settings.github.checkName)
  setOutputs(core, verdictOutputs(result.passed ? 'pass' : 'fail'))
  await writeJobSummary(
    core,
    `### Chaos gate verify: ${result.passed ? 'passed' : 'failed'}\n\n${result.message}\n`
  )
  if (!result.passed) return { failure: result.message }
  core.info(result.message)
  return {}
}
