/**
 * Finds a run's FIS leftovers by tag, in every region the run used: experiments still pending or
 * running are stopped, and the templates the run created are deleted.
 */
import { errorMessage } from '../../util/errors'
import type { CleanupReport, RunContext, RunSelector } from '../backend'
import { EXPERIMENT_LABEL, MANAGED_BY, MANAGED_BY_LABEL, RUN_ID_LABEL } from '../labels'
import type { FisApi } from './fis-api'

const ACTIVE = new Set(['pending', 'initiating', 'running'])

export async function sweepFis(
  clients: readonly FisApi[],
  selector: RunSelector,
  ctx: RunContext
): Promise<CleanupReport> {
  const ours = (tags: Record<string, string> | undefined): boolean =>
    tags?.[RUN_ID_LABEL] === selector.runId &&
    tags[MANAGED_BY_LABEL] === MANAGED_BY &&
    (selector.experiment === undefined || tags[EXPERIMENT_LABEL] === selector.experiment)
  const deleted: string[] = []
  const stuck: CleanupReport['stuck'][number][] = []
  for (const fis of clients) {
    try {
      for (const e of await fis.listExperiments(ctx.signal)) {
        if (!e.id || !ours(e.tags) || !ACTIVE.has(e.state?.status ?? '')) continue
        await fis.stop(e.id, ctx.signal)
        deleted.push(`FIS experiment ${e.id} (stop requested)`)
      }
      for (const t of await fis.listTemplates(ctx.signal)) {
        if (!t.id || !ours(t.tags)) continue
        if (await fis.deleteTemplate(t.id, ctx.signal))
          deleted.push(`FIS experiment template ${t.id}`)
      }
    } catch (err) {
      stuck.push({
        ref: 'FIS experiments and templates of this run',
        reason: errorMessage(err),
        inspect: `aws fis list-experiments --query "experiments[?tags.\\"${RUN_ID_LABEL}\\"=='${selector.runId}']"`
      })
    }
  }
  return { deleted, errors: [], stuck }
}
