/**
 * One comment per pull request and check name, edited in place on every push: the comment is
 * found by the hidden marker it starts with, so a second one is never added while the first
 * exists. Two runs racing on the same pull request could each add one; the workflow's
 * `concurrency` group (docs/action.md) keeps them apart.
 */
import type { GitHubApi, IssueCommentRecord } from './github-api'

export interface UpsertResult {
  readonly action: 'created' | 'updated' | 'unchanged'
  readonly comment: IssueCommentRecord
}

export async function upsertComment(
  api: GitHubApi,
  issue: number,
  marker: string,
  body: string
): Promise<UpsertResult> {
  const existing = (await api.listIssueComments(issue)).find((c) =>
    c.body.trimStart().startsWith(marker)
  )
  if (!existing) return { action: 'created', comment: await api.createIssueComment(issue, body) }
  if (existing.body === body) return { action: 'unchanged', comment: existing }
  return { action: 'updated', comment: await api.updateIssueComment(existing.id, body) }
}
