/**
 * The engine's scheduling of experiments: at most `concurrency` at a time, and never two whose
 * targets overlap (target-overlap.ts). Overlapping experiments are serialised, not refused: the
 * later one (in file order) waits for the earlier one to finish, cleanup included, and the report
 * carries a notice saying which waited for which and why. With concurrency 1 nothing ever waits.
 */
import type { Experiment } from '../manifest/model'
import type { Issue } from '../util/errors'
import type { Log } from '../util/log'
import { mapWithoutConflicts } from './conflict-schedule'
import type { ExperimentReport } from './result'
import { conflictBetween } from './target-overlap'

export interface Serialised {
  readonly reports: readonly ExperimentReport[]
  /** One notice per experiment that waited for another. */
  readonly notices: readonly Issue[]
}

export async function runSerialised(
  experiments: readonly Experiment[],
  concurrency: number,
  run: (exp: Experiment) => Promise<ExperimentReport>,
  /** Whether an experiment really runs (not filtered out); only those can conflict. */
  runs: (exp: Experiment) => boolean,
  log: Log
): Promise<Serialised> {
  const notices: Issue[] = []
  const reports = await mapWithoutConflicts(
    experiments,
    concurrency,
    (a, b) => (runs(a) && runs(b) ? conflictBetween(a, b) : undefined),
    run,
    (exp, blocker, reason) => {
      const notice = serialisedNotice(exp, blocker, reason)
      log.info(`${exp.name}: ${notice.message}`)
      notices.push(notice)
    }
  )
  return { reports, notices }
}

function serialisedNotice(exp: Experiment, blocker: Experiment, reason: string): Issue {
  return {
    ...exp.source,
    severity: 'notice',
    code: 'gate/serialised',
    message: `'${exp.name}' waited for '${blocker.name}' to finish instead of running alongside it: ${reason}, and concurrent faults on the same targets override each other (chaos-mesh#3631)`
  }
}
