/**
 * `mode: verify`, for a production deploy job: inject nothing, pass only when the newest check
 * run with the gate's name on the commit concluded `success`, and say exactly what was found.
 */
import { latestCheckRun } from './notify/github/check-run'
import type { CheckRunRecord, GitHubApi } from './notify/github/github-api'

export interface VerifyResult {
  readonly passed: boolean
  /** What was found, in one sentence a person can act on. */
  readonly message: string
  readonly run?: CheckRunRecord
}

export async function verifyCheckRun(
  api: GitHubApi,
  sha: string,
  checkName: string
): Promise<VerifyResult> {
  const short = sha.slice(0, 7)
  const run = await latestCheckRun(api, sha, checkName)
  if (!run) {
    return {
      passed: false,
      message: `No check run named '${checkName}' on ${short}: the chaos gate has not run on this commit. Let it run after the staging deployment first, or make 'check-name' and 'environment' match the gate's.`
    }
  }
  const where = `The latest '${checkName}' check run on ${short} (#${run.id}${run.htmlUrl ? `, ${run.htmlUrl}` : ''})`
  if (run.status !== 'completed') {
    return {
      passed: false,
      run,
      message: `${where} is still ${run.status}${run.startedAt ? ` (started ${run.startedAt})` : ''}; wait for the gate to finish, then re-run this job.`
    }
  }
  if (run.conclusion !== 'success') {
    return {
      passed: false,
      run,
      message: `${where} concluded '${run.conclusion ?? 'none'}'${run.completedAt ? ` at ${run.completedAt}` : ''}, not 'success'; the commit did not pass the chaos gate.`
    }
  }
  return {
    passed: true,
    run,
    message: `${where} concluded 'success'${run.completedAt ? ` at ${run.completedAt}` : ''}.`
  }
}
