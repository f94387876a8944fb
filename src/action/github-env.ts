/**
 * The facts the runner gives every step through environment variables, validated once. Read by
 * main and post; the event payload itself is parsed in event.ts.
 */
import { InputError } from '../util/errors'

/** owner/name of the repository the workflow runs in. */
export interface RepoRef {
  readonly owner: string
  readonly repo: string
}

export interface GitHubEnv {
  readonly repository: RepoRef
  /** The REST API root (`GITHUB_API_URL`), for GitHub Enterprise Server too. */
  readonly apiUrl: string
  /** The web root (`GITHUB_SERVER_URL`), for links in reports. */
  readonly serverUrl: string
  readonly eventName: string
  /** The webhook payload file; absent outside the runner. */
  readonly eventPath?: string
  /** The checked-out commit (`GITHUB_SHA`). */
  readonly sha?: string
  /** Root of the checkout: manifest paths in annotations are relative to it. */
  readonly workspace: string
  /** A directory that outlives the step but not the job, where run state is kept. */
  readonly runnerTemp?: string
  readonly runId?: string
  readonly runAttempt?: string
  /** Link to this workflow run attempt, when the runner said which one it is. */
  readonly runUrl?: string
}

type Env = Readonly<Record<string, string | undefined>>

/** Reads the runner's variables; only GITHUB_REPOSITORY is required (every API call needs it). */
export function readGitHubEnv(env: Env, cwd: string): GitHubEnv {
  const repository = parseRepository(env.GITHUB_REPOSITORY)
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com')
  const runId = nonEmpty(env.GITHUB_RUN_ID)
  const runAttempt = nonEmpty(env.GITHUB_RUN_ATTEMPT)
  const runUrl = runId
    ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}`
    : undefined
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH)
  const sha = nonEmpty(env.GITHUB_SHA)
  const runnerTemp = nonEmpty(env.RUNNER_TEMP)
  return {
    repository,
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    serverUrl,
    eventName: env.GITHUB_EVENT_NAME || 'workflow_dispatch',
    workspace: env.GITHUB_WORKSPACE || cwd,
    ...(eventPath && { eventPath }),
    ...(sha && { sha }),
    ...(runnerTemp && { runnerTemp }),
    ...(runId && { runId }),
    ...(runAttempt && { runAttempt }),
    ...(runUrl && { runUrl })
  }
}

/** The web link to a commit. */
export function commitUrl(gh: GitHubEnv, sha: string): string {
  return `${gh.serverUrl}/${gh.repository.owner}/${gh.repository.repo}/commit/${sha}`
}

/** The web page of a check run (the `html_url` GitHub gives it). */
export function checkRunUrl(gh: GitHubEnv, id: number): string {
  return `${gh.serverUrl}/${gh.repository.owner}/${gh.repository.repo}/runs/${id}`
}

function parseRepository(value: string | undefined): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '')
  if (!match?.[1] || !match[2]) {
    throw new InputError(
      'GITHUB_REPOSITORY',
      `expected 'owner/name', got '${value ?? ''}'. The runner sets it; when running outside Actions, export GITHUB_REPOSITORY=owner/name`
    )
  }
  return { owner: match[1], repo: match[2] }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
