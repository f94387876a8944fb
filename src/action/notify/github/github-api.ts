/**
 * The GitHub REST calls the action makes, as a narrow port: check runs, commit statuses and the
 * pull-request comment (issue comments, which is what a PR conversation is made of). The
 * Octokit implementation (octokit-api.ts) adds retry and throttling; tests run it against a
 * recording server on loopback.
 */

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped'

/** An annotation on a check run; `path` is relative to the repository root. */
export interface CheckAnnotation {
  readonly path: string
  readonly start_line: number
  readonly end_line: number
  readonly start_column?: number
  readonly end_column?: number
  readonly annotation_level: 'notice' | 'warning' | 'failure'
  readonly message: string
  readonly title?: string
}

/** What a check run shows. GitHub caps summary and text at 65535 characters each. */
export interface CheckOutput {
  readonly title: string
  readonly summary: string
  readonly text?: string
  /** At most 50 per request; more are sent in further updates. */
  readonly annotations?: readonly CheckAnnotation[]
}

/** A check run as read back from GitHub. */
export interface CheckRunRecord {
  readonly id: number
  readonly name: string
  readonly headSha: string
  readonly status: string
  readonly conclusion: string | null
  readonly startedAt?: string
  readonly completedAt?: string
  readonly htmlUrl?: string
  /** The app that wrote it (`github-actions` for GITHUB_TOKEN). */
  readonly app?: string
  /** Its output's summary, where the gate keeps its run record (history/run-record.ts). */
  readonly summary?: string
}

export interface CheckRunCreate {
  readonly name: string
  readonly headSha: string
  /** Our run id, so a check run can be traced to the objects it labelled. */
  readonly externalId: string
  readonly startedAt: string
  readonly output: CheckOutput
}

export interface CheckRunUpdate {
  readonly status?: 'in_progress' | 'completed'
  readonly conclusion?: CheckConclusion
  readonly completedAt?: string
  readonly output?: CheckOutput
}

export type CommitState = 'success' | 'failure' | 'error' | 'pending'

export interface CommitStatusCreate {
  readonly state: CommitState
  readonly context: string
  /** GitHub rejects more than 140 characters with a 422. */
  readonly description: string
  readonly targetUrl?: string
}

/** A comment on a pull request's conversation. */
export interface IssueCommentRecord {
  readonly id: number
  readonly body: string
  readonly htmlUrl?: string
}

export interface GitHubApi {
  createCheckRun(params: CheckRunCreate): Promise<CheckRunRecord>
  updateCheckRun(id: number, params: CheckRunUpdate): Promise<void>
  getCheckRun(id: number): Promise<CheckRunRecord>
  /** Check runs on a commit with this exact name, newest first. */
  listCheckRuns(sha: string, name: string): Promise<readonly CheckRunRecord[]>
  createCommitStatus(sha: string, params: CommitStatusCreate): Promise<void>
  /** The commit and its ancestors along first parents, newest first, at most `count` shas. */
  listCommits(sha: string, count: number): Promise<readonly string[]>
  /** Every comment on the pull request (or issue), oldest first. */
  listIssueComments(issue: number): Promise<readonly IssueCommentRecord[]>
  createIssueComment(issue: number, body: string): Promise<IssueCommentRecord>
  updateIssueComment(id: number, body: string): Promise<IssueCommentRecord>
}
