/**
 * GitHubApi that masks what it writes: a check run's output, a commit status's description and a
 * pull request's plan comment carry the gate's messages, and those may quote a server that quoted a secret. GitHub does not
 * mask check runs the way the runner masks the step log.
 */
import { maskStrings, type SecretMask } from '../../../util/secret-mask'
import type { GitHubApi } from './github-api'

export function maskedGitHubApi(api: GitHubApi, secrets: SecretMask): GitHubApi {
  return {
    createCheckRun: (p) => api.createCheckRun({ ...p, output: maskStrings(p.output, secrets) }),
    updateCheckRun: (id, p) =>
      api.updateCheckRun(id, p.output ? { ...p, output: maskStrings(p.output, secrets) } : p),
    getCheckRun: (id) => api.getCheckRun(id),
    listCheckRuns: (sha, name) => api.listCheckRuns(sha, name),
    createCommitStatus: (sha, p) =>
      api.createCommitStatus(sha, { ...p, description: secrets.mask(p.description) }),
    listCommits: (sha, count) => api.listCommits(sha, count),
    listIssueComments: (issue) => api.listIssueComments(issue),
    // A pull request's plan comment quotes manifest errors, which may quote a secret too.
    createIssueComment: (issue, body) => api.createIssueComment(issue, secrets.mask(body)),
    updateIssueComment: (id, body) => api.updateIssueComment(id, secrets.mask(body))
  }
}
