/**
 * GitHubApi over Octokit: the REST routes for check runs, commit statuses and issue comments, every response
 * parsed with a schema (a broken response is an error, never a crash), every failure a
 * BackendError (octokit-client.ts).
 */
import { z } from 'zod'

import { BackendError } from '../../../util/errors'
import type {
  CheckRunRecord,
  CheckRunUpdate,
  CommitStatusCreate,
  GitHubApi,
  IssueCommentRecord
} from './github-api'
import {
  GITHUB_CALL_TIMEOUT_MS,
  type GitHubClientOptions,
  makeOctokit,
  toBackendError
} from './octokit-client'

export type { GitHubClientOptions } from './octokit-client'

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
  app: z.object({ slug: z.string().optional() }).nullish(),
  output: z.object({ summary: z.string().nullish() }).nullish()
})

const CommitList = z.array(z.object({ sha: z.string() }))

const CheckRunList = z.object({ check_runs: z.array(CheckRunData) })

const IssueCommentData = z.object({
  id: z.number().int(),
  body: z.string().nullish(),
  html_url: z.string().nullish()
})

/** Comments read per page, GitHub's maximum. */
const COMMENTS_PER_PAGE = 100
/** A conversation longer than this is not searched further for our comment; a new one is added. */
const MAX_COMMENT_PAGES = 30

export function createGitHubApi(options: GitHubClientOptions): GitHubApi {
  const octokit = makeOctokit(options)
  const base = { owner: options.repository.owner, repo: options.repository.repo }
  const timeoutMs = options.timeoutMs ?? GITHUB_CALL_TIMEOUT_MS
  const send = async (
    op: string,
    target: string,
    route: string,
    params: Readonly<Record<string, unknown>>
  ): Promise<unknown> => {
    // Aborted as an AbortError, which the retry plugin passes on: a timed-out call is not retried.
    const deadline = new AbortController()
    const timer = setTimeout(
      () => deadline.abort(new DOMException('timed out', 'AbortError')),
      timeoutMs
    )
    const signal = options.signal
      ? AbortSignal.any([options.signal, deadline.signal])
      : deadline.signal
    try {
      return (await octokit.request(route, { ...base, ...params, request: { signal } })).data
    } catch (err) {
      if (deadline.signal.aborted && !options.signal?.aborted) {
        throw new BackendError('github', op, target, `GitHub did not answer within ${timeoutMs} ms`)
      }
      throw toBackendError(op, target, err)
    } finally {
      clearTimeout(timer)
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
    },
    async listCommits(sha, count) {
      const target = sha.slice(0, 7)
      const data = await send('list commits', target, 'GET /repos/{owner}/{repo}/commits', {
        sha,
        per_page: Math.min(100, count)
      })
      return parse('list commits', target, CommitList, data).map((c) => c.sha)
    },
    async listIssueComments(issue) {
      const target = `#${issue}`
      const all: IssueCommentRecord[] = []
      for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
        const data = await send(
          'list comments',
          target,
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          { issue_number: issue, per_page: COMMENTS_PER_PAGE, page }
        )
        const comments = parse('list comments', target, z.array(IssueCommentData), data)
        all.push(...comments.map(toComment))
        if (comments.length < COMMENTS_PER_PAGE) break
      }
      return all
    },
    async createIssueComment(issue, body) {
      const target = `#${issue}`
      const data = await send(
        'comment on',
        target,
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { issue_number: issue, body }
      )
      return toComment(parse('comment on', target, IssueCommentData, data))
    },
    async updateIssueComment(id, body) {
      const target = `comment ${id}`
      const data = await send(
        'update',
        target,
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        { comment_id: id, body }
      )
      return toComment(parse('update', target, IssueCommentData, data))
    }
  }
}

function toComment(data: z.infer<typeof IssueCommentData>): IssueCommentRecord {
  return { id: data.id, body: data.body ?? '', ...(data.html_url && { htmlUrl: data.html_url }) }
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
    ...(data.app?.slug && { app: data.app.slug }),
    ...(data.output?.summary && { summary: data.output.summary })
  }
}
