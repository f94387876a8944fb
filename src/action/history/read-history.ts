/**
 * The last runs of this check on earlier commits: the commit's ancestors (one commits call), then
 * the newest completed check run of this name on each that carries a run record. Best-effort: a
 * history that cannot be read leaves the trends out, never the verdict.
 */
import type { GitHubApi } from '../notify/github/github-api'
import { decodeRecord, type RunRecord } from './run-record'

/** Runs compared with: "the median of the last 5 runs". */
export const HISTORY_RUNS = 5
/** Commits looked at for them: some have no gate run (docs-only pushes). */
const COMMITS = 10

export async function readHistory(
  api: GitHubApi,
  sha: string,
  checkName: string
): Promise<RunRecord[]> {
  const commits = (await api.listCommits(sha, COMMITS + 1)).filter((c) => c !== sha)
  const records: RunRecord[] = []
  for (const commit of commits) {
    if (records.length >= HISTORY_RUNS) break
    const runs = await api.listCheckRuns(commit, checkName)
    const record = runs
      .filter((r) => r.status === 'completed')
      .map((r) => decodeRecord(r.summary))
      .find((r) => r !== undefined)
    if (record) records.push(record)
  }
  return records
}
