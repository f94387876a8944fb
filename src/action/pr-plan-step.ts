/**
 * Main's pull-request path (`mode: dry-run` on a pull_request event): load, validate and plan the
 * experiments with no cluster and no backend, annotate every problem at its line, write the plan
 * to the job summary and to the one pull-request comment, and fail the step when a manifest is
 * invalid. It writes no check run: a plan is not a verdict, and `verify` or branch protection
 * must never read one as a pass.
 */
import { inspectExperiments } from '../policy/load-experiments'
import { errorMessage } from '../util/errors'
import type { PullRequestRef } from './event'
import type { StepOutcome } from './gate-step'
import type { MainScope } from './main-scope'
import { emitAnnotations, issueFindings, planAnnotations, renderHidden } from './notify/annotations'
import { linksLine } from './notify/check-run-content'
import { upsertComment } from './notify/github/pr-comment-upsert'
import { jobSummary, writeJobSummary } from './notify/job-summary'
import { commentMarker, renderPrComment } from './notify/pr-comment'
import { setOutputs, verdictOutputs } from './outputs'

export async function runPullRequestStep(
  scope: MainScope,
  pr: PullRequestRef
): Promise<StepOutcome> {
  const { deps, gh, settings, links } = scope
  const inspection = await inspectExperiments(settings.gate, { env: deps.env })
  const findings = issueFindings(inspection.issues)
  const plan = planAnnotations(findings)
  emitAnnotations(deps.core, plan, gh.workspace)
  const body = renderPrComment({
    checkName: settings.github.checkName,
    inspection,
    findings,
    workspace: gh.workspace,
    sha: links.sha,
    ...(links.runUrl && { runUrl: links.runUrl })
  })
  await writeJobSummary(
    deps.core,
    jobSummary({
      links: linksLine(links),
      body: body.slice(body.indexOf('\n') + 1),
      hidden: renderHidden(plan.hidden, gh.workspace)
    })
  )
  const errors = findings.filter((f) => f.level === 'error').length
  setOutputs(deps.core, verdictOutputs(errors > 0 ? 'error' : 'skipped'))
  await comment(scope, pr, body)
  if (errors > 0) {
    return {
      failure: `${errors} manifest error${errors === 1 ? '' : 's'}: the gate could not run these experiments. Each is annotated at its line and listed in the pull-request comment.`
    }
  }
  const runnable = inspection.plans.filter((p) => p.runnable).length
  deps.core.info(
    `Chaos gate plan: ${runnable} experiment${runnable === 1 ? '' : 's'} would run on ${settings.gate.environment}; nothing was injected.`
  )
  return {}
}

/** Best-effort: the plan is in the summary and annotations even when the comment cannot be written. */
async function comment(scope: MainScope, pr: PullRequestRef, body: string): Promise<void> {
  const { core } = scope.deps
  if (!scope.api) {
    core.warning(
      "No 'github-token': the plan is not commented on the pull request. Pass ${{ github.token }} with 'permissions: { pull-requests: write }'."
    )
    return
  }
  try {
    const result = await upsertComment(
      scope.api,
      pr.number,
      commentMarker(scope.settings.github.checkName),
      body
    )
    const where = result.comment.htmlUrl ? `: ${result.comment.htmlUrl}` : ''
    core.info(`Pull request #${pr.number}: plan comment ${result.action}${where}`)
  } catch (err) {
    core.warning(
      `Writing the plan comment on pull request #${pr.number} failed: ${errorMessage(err)}. Give the job 'permissions: { pull-requests: write }'; pull requests from forks get a read-only token, so the plan is in the job summary and annotations only.`
    )
  }
}
