/**
 * Reports the gate to GitHub: the check run and, when asked, a commit status. Both are
 * best-effort (a failure is a warning and the verdict stands) unless `check-run: required`, where
 * the check run is the gate and a failure to write it fails the step.
 */
import type { Clock } from '../../util/clock'
import { errorMessage } from '../../util/errors'
import type { ActionsCore } from '../actions-core'
import type { GitHubReporting } from '../inputs'
import { commitStatusOf, type GateLinks } from './check-run-content'
import { completeCheckRun, startCheckRun } from './github/check-run'
import type { CheckConclusion, CheckOutput, GitHubApi } from './github/github-api'

export interface GitHubReporterDeps {
  /** Undefined when there is no token: nothing is written, with one warning. */
  readonly api: GitHubApi | undefined
  readonly core: ActionsCore
  readonly clock: Clock
  readonly settings: GitHubReporting
  readonly links: GateLinks
  readonly runId: string
}

export class GitHubReporter {
  private checkRunId: number | undefined

  constructor(private readonly d: GitHubReporterDeps) {}

  /** The check run created by start(), if any. */
  get id(): number | undefined {
    return this.checkRunId
  }

  private get wantsCheckRun(): boolean {
    return this.d.settings.checkRun !== 'off'
  }

  /**
   * Creates the check run `in_progress` and a pending commit status. Throws only when the check
   * run is required, so the caller can stop before anything is injected.
   */
  async start(output: CheckOutput): Promise<number | undefined> {
    const api = this.apiOrWarn()
    if (!api) return undefined
    if (this.wantsCheckRun) {
      await this.attempt('Creating the check run', async () => {
        this.checkRunId = await startCheckRun(api, this.d.clock, {
          name: this.d.settings.checkName,
          sha: this.d.links.sha,
          runId: this.d.runId,
          output
        })
      })
    }
    await this.status(api, 'pending', `Running chaos experiments on ${this.d.links.environment}`)
    return this.checkRunId
  }

  /** Completes the check run and sets the final commit status. */
  async finish(conclusion: CheckConclusion, output: CheckOutput): Promise<boolean> {
    const api = this.d.api
    if (!api) return false
    let completed = false
    const id = this.checkRunId
    if (id !== undefined) {
      completed = await this.attempt('Completing the check run', () =>
        completeCheckRun(api, this.d.clock, id, conclusion, output)
      )
    } else if (this.wantsCheckRun && this.d.settings.checkRun === 'required') {
      throw new Error(
        'the required check run was never created, so the verdict is not on the commit'
      )
    }
    await this.status(api, conclusion, output.title)
    return completed
  }

  private async status(
    api: GitHubApi,
    conclusion: CheckConclusion | 'pending',
    description: string
  ): Promise<void> {
    if (!this.d.settings.commitStatus) return
    const status = commitStatusOf(conclusion, description)
    try {
      await api.createCommitStatus(this.d.links.sha, {
        ...status,
        context: this.d.settings.checkName,
        ...(this.d.links.runUrl && { targetUrl: this.d.links.runUrl })
      })
    } catch (err) {
      this.d.core.warning(
        `Setting the commit status failed: ${errorMessage(err)}. The verdict is unchanged.`
      )
    }
  }

  /** Runs a check-run call under the policy: required rethrows, best-effort warns. */
  private async attempt(what: string, fn: () => Promise<void>): Promise<boolean> {
    try {
      await fn()
      return true
    } catch (err) {
      if (this.d.settings.checkRun === 'required') throw err
      this.d.core.warning(
        `${what} failed: ${errorMessage(err)}. The verdict is unchanged (job status, outputs and summary); set 'check-run: required' to make this fail the step.`
      )
      return false
    }
  }

  private apiOrWarn(): GitHubApi | undefined {
    if (!this.d.api && (this.wantsCheckRun || this.d.settings.commitStatus)) {
      this.d.core.warning(
        "No 'github-token': the verdict is not written to the commit as a check run. Pass ${{ github.token }} with 'permissions: { checks: write }'."
      )
    }
    return this.d.api
  }
}
