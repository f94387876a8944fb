/**
 * Main's gating path: record the run for post, open the check run, silence the experiments'
 * alerts, run the engine, expire the silences and annotate Grafana, then report everywhere (annotations, job summary, outputs, check run, commit status, Slack). Returns the
 * reason to fail the step, if any; the caller sets the job status.
 */
import type { CleanupReport } from '../backends/backend'
import type { GateReport } from '../gate/result'
import { errorMessage, ManifestError } from '../util/errors'
import type { GateRun, RunContext } from './gate-engine'
import { checkRunUrl } from './github-env'
import { readHistory } from './history/read-history'
import { encodeRecord, type RunRecord, runRecord } from './history/run-record'
import { renderTrends, trendsOf } from './history/trends'
import type { MainScope } from './main-scope'
import {
  checkAnnotations,
  emitAnnotations,
  issueFindings,
  planAnnotations,
  renderFindings,
  renderHidden,
  reportFindings
} from './notify/annotations'
import {
  conclusionOf,
  errorOutput,
  finishedOutput,
  invalidOutput,
  linksLine,
  runningOutput,
  titleOf
} from './notify/check-run-content'
import { CHECK_RUN_TEXT_LIMIT, fitMarkdown } from './notify/fit-markdown'
import { notifyError, notifyResult } from './notify/gate-notify'
import type { CheckOutput } from './notify/github/github-api'
import { GitHubReporter } from './notify/github-reporter'
import { jobSummary, writeJobSummary } from './notify/job-summary'
import { annotateRun, expireSilences, silenceRun } from './ops/run-hooks'
import { reportOutputs, setOutputs } from './outputs'
import { saveState } from './state'

const CANCELLED_TITLE = 'Cancelled: the faults were aborted and cleaned up, no verdict'

/** Why the step fails, when it does. */
export interface StepOutcome {
  readonly failure?: string
}

export async function runGateStep(scope: MainScope): Promise<StepOutcome> {
  const { deps, settings, target } = scope
  const gate = { ...settings.gate, sha: target.sha }
  saveState(deps.core, {
    runId: gate.runId,
    stateDir: gate.stateDir,
    sha: target.sha,
    checkName: settings.github.checkName,
    progress: 'started'
  })
  const reporter = new GitHubReporter({
    api: scope.api,
    core: deps.core,
    clock: deps.clock,
    settings: settings.github,
    links: scope.links,
    runId: gate.runId
  })
  const checkRunId = await reporter.start(runningOutput(scope.links, gate.runId))
  if (checkRunId !== undefined) {
    saveState(deps.core, { checkRunId })
    // Slack links the check run from its first section.
    scope = { ...scope, slack: { ...scope.slack, checkRunUrl: checkRunUrl(scope.gh, checkRunId) } }
  }
  // Recorded at once: if the engine cannot finish in the runner's grace period, post still knows.
  deps.signal.addEventListener('abort', () => saveState(deps.core, { progress: 'interrupted' }), {
    once: true
  })
  const silences = await silenceRun(scope).catch((err: unknown) => {
    deps.core.warning(`Alertmanager: no silence was created: ${errorMessage(err)}`)
    return []
  })
  let run: GateRun
  try {
    run = await deps.engine.run(gate, runContext(scope), deps.signal)
  } catch (err) {
    await expireSilences(scope, silences)
    await reportGateError(scope, reporter, err)
    saveState(deps.core, { progress: 'finished' })
    throw err
  }
  // The faults are cleaned up: alerts may page again, and dashboards show where the faults were.
  await expireSilences(scope, silences)
  await annotateRun(scope, run.report)
  return reportRun(scope, reporter, run)
}

async function reportRun(
  scope: MainScope,
  reporter: GitHubReporter,
  run: GateRun
): Promise<StepOutcome> {
  const { deps, gh, links } = scope
  const { report, files } = run
  const interrupted = deps.signal.aborted
  const record = runRecord(report, scope.target.sha)
  const trends = interrupted ? '' : await trendsSection(scope, record)
  const markdown = trends ? `${run.markdown}\n${trends}` : run.markdown
  const findings = reportFindings(report)
  const plan = planAnnotations(findings)
  emitAnnotations(deps.core, plan, gh.workspace)
  // First, before anything that waits on the network: after a cancellation, the runner may kill
  // the step before the check run and Slack are done, and what is left must be in the log.
  const stranded = strandedOf(report)
  if (stranded) emitStranded(scope, stranded)
  await writeJobSummary(
    deps.core,
    jobSummary({
      links: linksLine(links),
      body: markdown,
      hidden: renderHidden(plan.hidden, gh.workspace),
      ...(files.json && { reportPath: files.json })
    })
  )
  setOutputs(deps.core, reportOutputs(report, files))
  const finished = finishedOutput(report, markdown, links, checkAnnotations(findings, gh.workspace))
  const output = interrupted
    ? { ...finished, title: CANCELLED_TITLE }
    : withRecord(finished, record)
  const completed = await reporter.finish(interrupted ? 'cancelled' : conclusionOf(report), output)
  if (completed) saveState(deps.core, { checkRunCompleted: true })
  await notifyResult(scope, report, stranded, interrupted)
  saveState(deps.core, { progress: interrupted ? 'interrupted' : 'finished' })
  return outcomeOf(scope, report, stranded, interrupted)
}

/** The trends against earlier commits; empty when there is no token or the history is unreadable. */
async function trendsSection(scope: MainScope, record: RunRecord): Promise<string> {
  if (!scope.api) return ''
  try {
    const history = await readHistory(scope.api, scope.target.sha, scope.settings.github.checkName)
    return renderTrends(trendsOf(record, history))
  } catch (err) {
    scope.deps.core.warning(
      `Reading the earlier runs failed: ${errorMessage(err)}. The trends are left out; the verdict is unchanged.`
    )
    return ''
  }
}

/** The run record goes first in the summary, where the next run reads it and no cut reaches. */
function withRecord(output: CheckOutput, record: RunRecord): CheckOutput {
  const summary = fitMarkdown(
    `${encodeRecord(record)}\n${output.summary}`,
    CHECK_RUN_TEXT_LIMIT,
    '_Cut to fit the check run; the job summary has everything._',
    'chars'
  )
  return { ...output, summary }
}

function outcomeOf(
  scope: MainScope,
  report: GateReport,
  stranded: CleanupReport | undefined,
  interrupted: boolean
): StepOutcome {
  if (stranded) {
    return {
      failure:
        'Cleanup could not remove every fault this run created; the post step tries again. See the errors above.'
    }
  }
  if (interrupted)
    return {
      failure: `The gate was cancelled (${errorMessage(scope.deps.signal.reason)}); faults were aborted and cleaned up.`
    }
  if (report.failed)
    return {
      failure: `Chaos gate failed on ${report.environment}: ${titleOf(report)}`
    }
  scope.deps.core.info(`Chaos gate ${report.verdict} on ${report.environment}.`)
  return {}
}

/** One error annotation per object the run could not remove, naming it and how to inspect it. */
function emitStranded(scope: MainScope, stranded: CleanupReport): void {
  for (const s of stranded.stuck)
    scope.deps.core.error(
      `${s.ref} is still present after cleanup: ${s.reason}. Inspect it with: ${s.inspect}`,
      { title: 'chaos-gate: fault left behind' }
    )
  for (const e of stranded.errors) scope.deps.core.error(e, { title: 'chaos-gate: cleanup failed' })
}

/** The check run and Slack for a run the engine could not start or finish. */
async function reportGateError(
  scope: MainScope,
  reporter: GitHubReporter,
  err: unknown
): Promise<void> {
  const { gh, links } = scope
  if (err instanceof ManifestError) {
    const findings = issueFindings(err.issues)
    const details = `${err.message}; nothing was injected.\n\n${renderFindings(findings, gh.workspace)}`
    const annotations = checkAnnotations(findings, gh.workspace)
    await reporter.finish('failure', invalidOutput(err.issues.length, details, links, annotations))
  } else {
    await reporter.finish('failure', errorOutput(errorMessage(err), links))
  }
  await notifyError(scope, err)
}

function runContext(scope: MainScope): RunContext {
  const { runUrl, environmentUrl } = scope.links
  return {
    repository: scope.slack.repository,
    ...(runUrl && { runUrl }),
    ...(environmentUrl && { environmentUrl })
  }
}

/** Objects the engine's own cleanup could not remove, over all experiments. */
function strandedOf(report: GateReport): CleanupReport | undefined {
  const stuck = report.experiments.flatMap((e) => e.cleanup?.stuck ?? [])
  const errors = report.experiments.flatMap((e) => e.cleanup?.errors ?? [])
  return stuck.length + errors.length > 0 ? { deleted: [], stuck, errors } : undefined
}
