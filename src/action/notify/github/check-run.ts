/**
 * The check run's life: created `in_progress` when the gate starts, completed once with the
 * verdict, and closed as `cancelled` by the post step if main never got there. Annotations go 50
 * per request, GitHub's limit; the verdict goes in the first request so it lands even if a later
 * batch fails.
 */
import type { Clock } from '../../../util/clock'
import type { CheckConclusion, CheckOutput, CheckRunRecord, GitHubApi } from './github-api'

export const ANNOTATIONS_PER_REQUEST = 50

export interface CheckRunStart {
  readonly name: string
  readonly sha: string
  readonly runId: string
  readonly output: CheckOutput
}

export async function startCheckRun(
  api: GitHubApi,
  clock: Clock,
  p: CheckRunStart
): Promise<number> {
  const run = await api.createCheckRun({
    name: p.name,
    headSha: p.sha,
    externalId: p.runId,
    startedAt: new Date(clock.now()).toISOString(),
    output: p.output
  })
  return run.id
}

/** Completes the run with the verdict, then appends the annotations that did not fit. */
export async function completeCheckRun(
  api: GitHubApi,
  clock: Clock,
  id: number,
  conclusion: CheckConclusion,
  output: CheckOutput
): Promise<void> {
  const batches = chunk(output.annotations ?? [], ANNOTATIONS_PER_REQUEST)
  const { title, summary } = output
  const text = output.text === undefined ? {} : { text: output.text }
  await api.updateCheckRun(id, {
    conclusion,
    completedAt: new Date(clock.now()).toISOString(),
    output: { title, summary, ...text, annotations: batches[0] ?? [] }
  })
  for (const batch of batches.slice(1)) {
    await api.updateCheckRun(id, { output: { title, summary, annotations: batch } })
  }
}

/**
 * Closes a check run that is still open with `conclusion`. Reads it first, so a run main
 * completed (even if main died before recording that) is never overwritten.
 */
export async function concludeIfOpen(
  api: GitHubApi,
  clock: Clock,
  id: number,
  conclusion: 'cancelled' | 'failure',
  output: CheckOutput
): Promise<'concluded' | 'already-completed'> {
  const run = await api.getCheckRun(id)
  if (run.status === 'completed') return 'already-completed'
  await completeCheckRun(api, clock, id, conclusion, output)
  return 'concluded'
}

/** The newest check run with this name on the commit, or undefined. */
export async function latestCheckRun(
  api: GitHubApi,
  sha: string,
  name: string
): Promise<CheckRunRecord | undefined> {
  const runs = await api.listCheckRuns(sha, name)
  return runs[0]
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
