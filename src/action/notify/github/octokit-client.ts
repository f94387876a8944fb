/**
 * The Octokit instance behind GitHubApi: @actions/github's client (proxy-aware fetch) with the
 * retry plugin (5xx and network failures, back-off) and the throttling plugin (GitHub's pacing of
 * writes, waits for rate-limit resets), and GitHub's errors turned into BackendErrors that say
 * what to change.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

import { BackendError, errorMessage, InternalError } from '../../../util/errors'
import type { Log } from '../../../util/log'
import type { RepoRef } from '../../github-env'

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
  /** The bound on one call, its retries included (default GITHUB_CALL_TIMEOUT_MS). */
  readonly timeoutMs?: number
}

/**
 * A GitHub that accepts the connection and never answers must not hold the job: each call gives
 * up after this, retries included (docs/action.md, "Bounds").
 */
export const GITHUB_CALL_TIMEOUT_MS = 30_000

/** Waits longer than this for a rate limit are not worth it: the report is best-effort. */
const MAX_RATE_LIMIT_WAIT_S = 60

/**
 * The one Octokit method the action uses. @actions/github 8 declares its types against paths
 * @octokit/core 7 no longer exports, so the instance is typed here and every response is parsed
 * with a schema (a broken response is an error, never a crash).
 */
export interface OctokitRequest {
  request(route: string, params: Readonly<Record<string, unknown>>): Promise<{ data: unknown }>
}

export function makeOctokit(options: GitHubClientOptions): OctokitRequest {
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

/** What each status usually means for a workflow token, so the warning says what to change. */
const HINTS: Readonly<Record<number, string>> = {
  401: 'the token is invalid or expired',
  403: "the token lacks permission: add 'permissions: { checks: write }' (and 'statuses: write' for commit-status) to the job; pull requests from forks get a read-only token",
  404: 'the repository or check run was not found, or the token cannot see it',
  422: 'GitHub rejected the request body'
}

export function toBackendError(op: string, target: string, err: unknown): BackendError {
  const status = statusOf(err)
  const hint = status === undefined ? undefined : HINTS[status]
  const message = `${status ? `HTTP ${status}: ` : ''}${errorMessage(err)}${hint ? ` (${hint})` : ''}`
  return new BackendError('github', op, target, message, status, { cause: err })
}

function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err)) return undefined
  return typeof err.status === 'number' ? err.status : undefined
}
