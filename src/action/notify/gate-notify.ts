/**
 * Which Slack message main sends, if any: a fault left behind always counts as bad news, a
 * failed gate or one that could not run counts under `slack-notify: failure`, and a cancellation
 * (someone's decision) only under `always`.
 */
import type { CleanupReport } from '../../backends/backend'
import type { GateReport } from '../../gate/result'
import { errorMessage } from '../../util/errors'
import type { MainScope } from '../main-scope'
import { gateErrorMessage, gateResultMessage, strandedFaultMessage } from './slack/blocks'
import { type NotifyOutcome, notifySlack } from './slack/notify'
import type { ResultFacts } from './slack/thread'

export function notifyResult(
  scope: MainScope,
  report: GateReport,
  stranded: CleanupReport | undefined,
  interrupted: boolean
): Promise<NotifyOutcome> {
  const { settings, slack } = scope
  if (stranded)
    return notifySlack(
      settings.slack,
      strandedFaultMessage(slack, stranded),
      true,
      slackDeps(scope)
    )
  const failOn = new Set(report.failOn)
  const result: ResultFacts = {
    repository: slack.repository,
    environment: slack.environment,
    check: slack.checkName,
    sha: slack.sha,
    verdict: report.verdict,
    failing: report.experiments.filter((e) => failOn.has(e.verdict)).map((e) => e.name)
  }
  return notifySlack(
    settings.slack,
    (options) => gateResultMessage(report, slack, options),
    report.failed && !interrupted,
    slackDeps(scope),
    result
  )
}

/** Post's alert: objects the run left that nobody could remove. */
export function notifyStranded(scope: MainScope, stranded: CleanupReport): Promise<NotifyOutcome> {
  return notifySlack(
    scope.settings.slack,
    strandedFaultMessage(scope.slack, stranded),
    true,
    slackDeps(scope)
  )
}

export function notifyError(scope: MainScope, err: unknown): Promise<NotifyOutcome> {
  const message = gateErrorMessage(scope.slack, errorMessage(err))
  return notifySlack(scope.settings.slack, message, true, slackDeps(scope))
}

function slackDeps(scope: MainScope): Parameters<typeof notifySlack>[3] {
  return {
    fetch: scope.deps.fetch,
    secrets: scope.deps.secrets,
    clock: scope.deps.clock,
    log: scope.log,
    core: scope.deps.core,
    signal: scope.reportSignal
  }
}
