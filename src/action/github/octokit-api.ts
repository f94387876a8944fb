/**
 * GitHubApi over Octokit (@actions/github) with the retry and throttling plugins: 5xx and network
 * failures are retried with back-off, rate limits wait for their reset (briefly), and writes are
 * paced as GitHub asks. Every failure becomes a BackendError that says what to change.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { z } from 'zod'

import { BackendError, errorMessage, InternalError } from '../../util/errors'
import type { Log } from '../../util/log'
import type { RepoRef } from '../github-env'
import type { CheckRunRecord, CheckRunUpdate, CommitStatusCreate, GitHubApi } from './github-api'

export interface GitHubClientOptions {
  readonly token: string
  readonly apiUrl: string
  readonly repository: RepoRef
  readonly log: Log
  readonly userAgent: string
  /** Replaces the proxy-aware fetch of @actions/github; tests only. */
  readonly fetch?: typeof fetch
  /** Cancels requests in flight and pending retries (the step was cancelled). */
  readonly signal?: AbortSignal
  /** Retries after a 5xx or network failure, and the back-off unit (delay = unit × n²). */
  readonly retries?: number
  readonly retryUnitMs?: number
  /** GitHub's pacing of writes (one per second) and rate-limit waits; tests turn it off. */
  readonly throttle?: boolean
}

/** Waits longer than this for a rate limit are not worth it: the report is best-effort. */
const MAX_RATE_LIMIT_WAIT_S = 60

/** The fields of GitHub's check-run object the action reads; the rest is ignored. */
const CheckRunData = z.object({
  id: z.number().int(),
  name: z.string(),
  head_sha: z.string(),
  status: z.string(),
  conclusion: z.string().nullable(),
  started_at: z.string().nullish(),
  completed_at: z.string().nullish(),
  html_url: z.string().nullish(),
  app: z.object({ slug: z.string().optional() }).nullish()
})

const CheckRunList = z.object({ check_runs: z.array(CheckRunData) })

/**
 * The one Octokit method the action uses. @actions/github 8 declares its types against paths
 * @octokit/core 7 no longer exports, so the instance is typed here and every response is parsed
 * with a schema (a broken response is an error, never a crash).
 */
interface OctokitRequest {
  request(route: string, params: Readonly<Record<string, unknown>>): Promise<{ data: unknown }>
}

export function createGitHubApi(options: GitHubClientOptions): GitHubApi {
  const octokit = makeOctokit(options)
  const base = {
    owner: options.repository.owner,
    repo: options.repository.repo,
    ...(options.signal && { request: { signal: options.signal } })
  }
  const send = async (
    op: string,
    target: string,
    route: string,
    params: Readonly<Record<string, unknown>>
  ): Promise<unknown> => {
    try {
      return (await octokit.request(route, { ...base, ...params })).data
    } catch (err) {
      throw toBackendError(op, target, err)
    }
  }
  const parse = <T>(op: string, target: string, schema: z.ZodType<T>, data: unknown): T => {
    const parsed = schema.safeParse(data)
    if (parsed.success) return parsed.data
    throw new BackendError(
      'github',
      op,
      target,
      `unexpected response: ${z.prettifyError(parsed.error)}`
    )
  }
  return {
    async createCheckRun(p) {
      const data = await send('create check run', p.name, 'POST /repos/{owner}/{repo}/check-runs', {
        name: p.name,
        head_sha: p.headSha,
        status: 'in_progress',
        started_at: p.startedAt,
        external_id: p.externalId,
        output: p.output
      })
      return toRecord(parse('create check run', p.name, CheckRunData, data))
    },
    async updateCheckRun(id, p) {
      await send(
        'update check run',
        String(id),
        'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
        { check_run_id: id, ...updateBody(p) }
      )
    },
    async getCheckRun(id) {
      const target = String(id)
      const data = await send(
        'read check run',
        target,
        'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
        {
          check_run_id: id
        }
      )
      return toRecord(parse('read check run', target, CheckRunData, data))
    },
    async listCheckRuns(sha, name) {
      const target = `${name} on ${sha.slice(0, 7)}`
      const data = await send(
        'list check runs',
        target,
        'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        { ref: sha, check_name: name, filter: 'latest', per_page: 100 }
      )
      return parse('list check runs', target, CheckRunList, data)
        .check_runs.map(toRecord)
        .sort((a, b) => b.id - a.id)
    },
    async createCommitStatus(sha, p: CommitStatusCreate) {
      await send(
        'set commit status',
        `${p.context} on ${sha.slice(0, 7)}`,
        'POST /repos/{owner}/{repo}/statuses/{sha}',
        {
          sha,
          state: p.state,
          context: p.context,
          description: p.description,
          ...(p.targetUrl && { target_url: p.targetUrl })
        }
      )
    }
  }
}

function makeOctokit(options: GitHubClientOptions): OctokitRequest {
  const { log } = options
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const wait = count < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_S
      log.warn(
        `GitHub ${kind} limit on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`
      )
      return wait
    }
  const octokit: unknown = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      userAgent: options.userAgent,
      log: {
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.warn(m),
        error: (m: string) => log.warn(m)
      },
      ...(options.fetch && { request: { fetch: options.fetch } }),
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryUnitMs ?? 1000 },
      throttle:
        options.throttle === false
          ? { enabled: false }
          : { onRateLimit: onLimit('rate'), onSecondaryRateLimit: onLimit('secondary rate') }
    },
    retry,
    throttling
  )
  if (!hasRequest(octokit)) throw new InternalError('@actions/github returned no request method')
  return octokit
}

function hasRequest(value: unknown): value is OctokitRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'request' in value &&
    typeof value.request === 'function'
  )
}

function updateBody(p: CheckRunUpdate): Record<string, unknown> {
  return {
    ...(p.status && { status: p.status }),
    ...(p.conclusion && { conclusion: p.conclusion, status: 'completed' }),
    ...(p.completedAt && { completed_at: p.completedAt }),
    ...(p.output && { output: p.output })
  }
}

function toRecord(data: z.infer<typeof CheckRunData>): CheckRunRecord {
  return {
    id: data.id,
    name: data.name,
    headSha: data.head_sha,
    status: data.status,
    conclusion: data.conclusion,
    ...(data.started_at && { startedAt: data.started_at }),
    ...(data.completed_at && { completedAt: data.completed_at }),
    ...(data.html_url && { htmlUrl: data.html_url }),
    ...(data.app?.slug && { app: data.app.slug })
  }
}

/** What each status usually means for a workflow token, so the warning says what to change. */
const HINTS: Readonly<Record<number, string>> = {
  401: 'the token is invalid or expired',
  403: "the token lacks permission: add 'permissions: { checks: write }' (and 'statuses: write' for commit-status) to the job; pull requests from forks get a read-only token",
  404: 'the repository or check run was not found, or the token cannot see it',
  422: 'GitHub rejected the request body'
}

function toBackendError(op: string, target: string, err: unknown): BackendError {
  const status = statusOf(err)
  const hint = status === undefined ? undefined : HINTS[status]
  const message = `${status ? `HTTP ${status}: ` : ''}${errorMessage(err)}${hint ? ` (${hint})` : ''}`
  return new BackendError('github', op, target, message, status, { cause: err })
}

function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err)) return undefined
  return typeof err.status === 'number' ? err.status : undefined
}
