/**
 * Everything one main step knows once inputs and the event are settled: the settings, the target
 * commit, the links every report carries, and the clients to report through.
 */
import type { Log } from '../util/log'
import type { ActionDeps } from './action-deps'
import { graceAfter } from './cancel-grace'
import { coreLog } from './core-log'
import type { GateTarget } from './event'
import { commitUrl, type GitHubEnv } from './github-env'
import type { ActionSettings } from './inputs'
import type { GateLinks } from './notify/check-run-content'
import type { GitHubApi } from './notify/github/github-api'
import { maskedGitHubApi } from './notify/github/masked-api'
import type { SlackContext } from './notify/slack/blocks'

export interface MainScope {
  readonly deps: ActionDeps
  readonly gh: GitHubEnv
  readonly settings: ActionSettings
  readonly target: GateTarget
  readonly links: GateLinks
  readonly slack: SlackContext
  /** Undefined without a token. */
  readonly api: GitHubApi | undefined
  readonly log: Log
  /** Aborts a grace period after cancellation: reporting must stop by then. */
  readonly reportSignal: AbortSignal
}

export function mainScope(
  deps: ActionDeps,
  gh: GitHubEnv,
  settings: ActionSettings,
  target: GateTarget
): MainScope {
  const log = coreLog(deps.core)
  const reportSignal = graceAfter(deps.signal, deps.reportGraceMs)
  const environmentUrl = target.deployment?.environmentUrl
  const logUrl = target.deployment?.logUrl
  const links: GateLinks = {
    sha: target.sha,
    commitUrl: commitUrl(gh, target.sha),
    environment: target.environment,
    ...(gh.runUrl && { runUrl: gh.runUrl }),
    ...(environmentUrl && { environmentUrl }),
    ...(logUrl && { deploymentLogUrl: logUrl })
  }
  const slack: SlackContext = {
    repository: `${gh.repository.owner}/${gh.repository.repo}`,
    environment: target.environment,
    sha: target.sha,
    commitUrl: links.commitUrl,
    checkName: settings.github.checkName,
    runId: settings.gate.runId,
    ...(settings.slack?.mention && { mention: settings.slack.mention }),
    ...(gh.runUrl && { runUrl: gh.runUrl }),
    ...(environmentUrl && { environmentUrl })
  }
  const token = settings.github.token
  const api = token
    ? maskedGitHubApi(deps.github(token, gh, log, reportSignal), deps.secrets)
    : undefined
  return { deps, gh, settings, target, links, slack, api, log, reportSignal }
}
