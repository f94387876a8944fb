import { type RecordedRequest, RecordingServer, type ScriptedResponse } from './recording-server'

/** A check run as the fake GitHub keeps it. */
export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  started_at: string
  completed_at: string | null
  external_id: string | null
  details_url: string | null
  html_url: string
  output: { title: string | null; summary: string | null; text: string | null }
  /** Every annotation sent, across all requests. */
  annotations: unknown[]
  app: { slug: string }
}

/** An issue comment as the fake GitHub keeps it (the fields GitHub's REST API returns that matter). */
export interface FakeComment {
  id: number
  issue: number
  body: string
  html_url: string
  user: { login: string }
}

const CHECK_RUNS = /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/
const CHECK_RUN = /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/
const REF_CHECK_RUNS = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/check-runs$/
const ISSUE_COMMENTS = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const ISSUE_COMMENT = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/
const COMMITS = /^\/repos\/([^/]+)\/([^/]+)\/commits$/
const STATUSES = /^\/repos\/([^/]+)\/([^/]+)\/statuses\/([0-9a-f]{40})$/

/**
 * A recording GitHub REST API on loopback: check runs (create, update, get, list for a ref),
 * commit statuses, issue comments (list with per_page/page, create, update) and the commits list
 * along first parents (seedCommits), with state kept in memory so reads see earlier writes. Scripted responses
 * (429, 500, 4xx, dropped connections) take precedence, in order.
 */
export class GitHubServer extends RecordingServer {
  readonly checkRuns = new Map<number, FakeCheckRun>()
  readonly statuses: { sha: string; body: Record<string, unknown> }[] = []
  /** Comments on issues and pull requests, in the order they were made. */
  readonly comments: FakeComment[] = []
  private nextId = 9001
  private nextCommentId = 5001
  /** Each commit's first parent, for the commits list (seedCommits). */
  private readonly parents = new Map<string, string>()

  constructor() {
    super((req) => this.route(req))
  }

  /** Puts a check run in place, as if an earlier gate had written it. */
  seedCheckRun(run: Partial<FakeCheckRun> & { name: string; head_sha: string }): FakeCheckRun {
    const id = this.nextId++
    const seeded: FakeCheckRun = {
      id,
      status: 'completed',
      conclusion: 'success',
      started_at: '2026-11-26T12:00:00Z',
      completed_at: '2026-11-26T12:05:00Z',
      external_id: null,
      details_url: null,
      html_url: `https://github.com/acme/shop/runs/${id}`,
      output: { title: null, summary: null, text: null },
      annotations: [],
      app: { slug: 'github-actions' },
      ...run
    }
    this.checkRuns.set(id, seeded)
    return seeded
  }

  /** Makes a first-parent chain, oldest first: each commit's parent is the one before it. */
  seedCommits(shas: readonly string[]): void {
    for (let i = 1; i < shas.length; i++) this.parents.set(shas[i] ?? '', shas[i - 1] ?? '')
  }

  /** Puts a comment in place, as if someone (or an earlier run) had written it. */
  seedComment(issue: number, body: string): FakeComment {
    const id = this.nextCommentId++
    const comment = {
      id,
      issue,
      body,
      html_url: `https://github.com/acme/shop/pull/${issue}#issuecomment-${id}`,
      user: { login: 'github-actions[bot]' }
    }
    this.comments.push(comment)
    return comment
  }

  /** The comments on one issue or pull request, oldest first. */
  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  /** The request bodies sent to update one check run, in order. */
  updatesOf(id: number): Record<string, unknown>[] {
    return this.find('PATCH', new RegExp(`/check-runs/${id}$`)).map(
      (r) => r.body as Record<string, unknown>
    )
  }

  private route(req: RecordedRequest): ScriptedResponse {
    if (!String(req.headers.authorization ?? '').startsWith('token ')) {
      return { status: 401, body: { message: 'Requires authentication' } }
    }
    if (req.method === 'POST' && CHECK_RUNS.test(req.path)) return this.create(req)
    const one = CHECK_RUN.exec(req.path)
    if (one) return this.one(req, Number(one[3]))
    const ref = REF_CHECK_RUNS.exec(req.path)
    if (req.method === 'GET' && ref) return this.list(ref[3] ?? '', req.query)
    if (req.method === 'GET' && COMMITS.test(req.path)) return this.commits(req.query)
    const comments = ISSUE_COMMENTS.exec(req.path)
    if (comments) return this.issueComments(req, Number(comments[3]))
    const comment = ISSUE_COMMENT.exec(req.path)
    if (comment && req.method === 'PATCH') return this.editComment(req, Number(comment[3]))
    const status = STATUSES.exec(req.path)
    if (req.method === 'POST' && status) {
      this.statuses.push({ sha: status[3] ?? '', body: req.body as Record<string, unknown> })
      return { status: 201, body: { id: this.statuses.length, ...(req.body as object) } }
    }
    return { status: 404, body: { message: 'Not Found' } }
  }

  /** GET /repos/{o}/{r}/commits?sha=&per_page=: the commit and its first parents, newest first. */
  private commits(query: Readonly<Record<string, string>>): ScriptedResponse {
    const chain: { sha: string }[] = []
    let sha: string | undefined = query.sha
    const limit = Number(query.per_page ?? 30)
    while (sha && chain.length < limit) {
      chain.push({ sha })
      sha = this.parents.get(sha)
    }
    return { status: 200, body: chain }
  }

  private issueComments(req: RecordedRequest, issue: number): ScriptedResponse {
    if (req.method === 'POST') {
      const body = (req.body as Record<string, unknown>).body
      if (typeof body !== 'string' || body.length > 65_536)
        return { status: 422, body: { message: 'Validation Failed' } }
      return { status: 201, body: this.seedComment(issue, body) }
    }
    if (req.method !== 'GET') return { status: 405, body: { message: 'Method Not Allowed' } }
    const perPage = Math.min(100, Number(req.query.per_page ?? 30))
    const page = Math.max(1, Number(req.query.page ?? 1))
    const all = this.commentsOn(issue)
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage) }
  }

  private editComment(req: RecordedRequest, id: number): ScriptedResponse {
    const comment = this.comments.find((c) => c.id === id)
    if (!comment) return { status: 404, body: { message: 'Not Found' } }
    const body = (req.body as Record<string, unknown>).body
    if (typeof body !== 'string' || body.length > 65_536)
      return { status: 422, body: { message: 'Validation Failed' } }
    comment.body = body
    return { status: 200, body: comment }
  }

  private create(req: RecordedRequest): ScriptedResponse {
    const body = req.body as Record<string, unknown>
    const run = this.seedCheckRun({
      name: String(body.name),
      head_sha: String(body.head_sha),
      status: typeof body.status === 'string' ? body.status : 'queued',
      conclusion: null,
      completed_at: null,
      started_at: typeof body.started_at === 'string' ? body.started_at : new Date().toISOString(),
      external_id: typeof body.external_id === 'string' ? body.external_id : null
    })
    this.apply(run, body)
    return { status: 201, body: run }
  }

  private one(req: RecordedRequest, id: number): ScriptedResponse {
    const run = this.checkRuns.get(id)
    if (!run) return { status: 404, body: { message: 'Not Found' } }
    if (req.method === 'PATCH') this.apply(run, req.body as Record<string, unknown>)
    else if (req.method !== 'GET') return { status: 405, body: { message: 'Method Not Allowed' } }
    return { status: 200, body: run }
  }

  private list(ref: string, query: Readonly<Record<string, string>>): ScriptedResponse {
    const runs = [...this.checkRuns.values()]
      .filter((r) => r.head_sha === ref && (!query.check_name || r.name === query.check_name))
      .sort((a, b) => b.id - a.id)
    return { status: 200, body: { total_count: runs.length, check_runs: runs } }
  }

  private apply(run: FakeCheckRun, body: Record<string, unknown>): void {
    if (typeof body.status === 'string') run.status = body.status
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion
      run.status = 'completed'
    }
    if (typeof body.completed_at === 'string') run.completed_at = body.completed_at
    const output = body.output as Record<string, unknown> | undefined
    if (output) {
      run.output = {
        title: typeof output.title === 'string' ? output.title : run.output.title,
        summary: typeof output.summary === 'string' ? output.summary : run.output.summary,
        text: typeof output.text === 'string' ? output.text : run.output.text
      }
      if (Array.isArray(output.annotations))
        run.annotations.push(...(output.annotations as unknown[]))
    }
  }
}
