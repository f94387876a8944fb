/**
 * createGitHubApi that loads Octokit (octokit-api.ts and its plugins, a chunk of their own in the
 * bundle) on the first call instead of at start: the action makes its first GitHub request after
 * reading its inputs and manifests, and many runs (check-run off, the CLI) make none.
 */
import type { GitHubApi } from './github-api'
import type { GitHubClientOptions } from './octokit-client'

export function createGitHubApi(options: GitHubClientOptions): GitHubApi {
  let api: Promise<GitHubApi> | undefined
  const load = (): Promise<GitHubApi> =>
    (api ??= import('./octokit-api').then((m) => m.createGitHubApi(options)))
  return {
    createCheckRun: async (params) => (await load()).createCheckRun(params),
    updateCheckRun: async (id, params) => (await load()).updateCheckRun(id, params),
    getCheckRun: async (id) => (await load()).getCheckRun(id),
    listCheckRuns: async (sha, name) => (await load()).listCheckRuns(sha, name),
    createCommitStatus: async (sha, params) => (await load()).createCommitStatus(sha, params),
    listCommits: async (sha, count) => (await load()).listCommits(sha, count),
    listIssueComments: async (issue) => (await load()).listIssueComments(issue),
    createIssueComment: async (issue, body) => (await load()).createIssueComment(issue, body),
    updateIssueComment: async (id, body) => (await load()).updateIssueComment(id, body)
  }
}
