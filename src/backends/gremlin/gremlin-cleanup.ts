/**
 * Finds a run's Gremlin leftovers and halts them: every attack the run recorded that is still
 * active, and every run of the run's scenarios whose hypothesis carries the run's stamp and is
 * still active. Halting is idempotent, so an attack the abort already halted costs one read.
 */
import { errorMessage } from '../../util/errors'
import type { CleanupReport, Handle, RunContext, RunSelector } from '../backend'
import type { GremlinApi } from './gremlin-api'
import { ACTIVE_RUN, runMarker } from './gremlin-runs'

/** Where a scenario's runs are looked for, recorded before the run starts (gate/steps/cleanup.ts). */
export const SCENARIO_PREFIX = 'gremlin-scenario:'

export async function sweepGremlin(
  selector: RunSelector,
  ctx: RunContext,
  api: (teamId?: string) => GremlinApi
): Promise<CleanupReport> {
  const deleted: string[] = []
  const stuck: CleanupReport['stuck'][number][] = []
  const mine = selector.handles.filter(
    (h) =>
      h.backend === 'gremlin' &&
      (selector.experiment === undefined || h.experiment === selector.experiment)
  )
  for (const h of mine.filter((x) => x.kind === 'Attack')) {
    try {
      const client = api(h.data?.teamId)
      const attack = await client.attack(h.name)
      if (!attack || attack.stageLifecycle === 'Complete' || attack.endTime) continue
      if ((await client.haltAttack(h.name)) === 'halted')
        deleted.push(`Gremlin attack ${h.name} (halt requested)`)
    } catch (err) {
      stuck.push(leftover(`Gremlin attack ${h.name}`, err, `/attacks/${h.name}`, h))
    }
  }
  const scenarios = new Set<string>()
  for (const n of selector.namespaces)
    if (n.startsWith(SCENARIO_PREFIX)) scenarios.add(n.slice(SCENARIO_PREFIX.length))
  for (const h of mine) if (h.data?.scenarioId) scenarios.add(h.data.scenarioId)
  // The scenario's own run recorded its team; else another fault of the run did, else settings.
  const teamOf = (id: string): string | undefined =>
    (mine.find((h) => h.data?.scenarioId === id) ?? mine.find((h) => h.data?.teamId))?.data?.teamId
  const marker = runMarker(selector.runId, selector.experiment)
  for (const id of scenarios) {
    try {
      const client = api(teamOf(id))
      for (const run of await client.scenarioRuns(id)) {
        if (!run.hypothesis?.includes(marker) || !ACTIVE_RUN.has(run.stage_info.stage)) continue
        const n = String(run.run_number ?? '')
        if ((await client.haltScenarioRun(id, n)) === 'halted')
          deleted.push(`Gremlin scenario ${id} run ${n} (halt requested)`)
      }
    } catch (err) {
      stuck.push(leftover(`Gremlin runs of scenario ${id}`, err, `/scenarios/${id}/runs`))
    }
  }
  ctx.log.debug(`Gremlin cleanup of ${selector.runId}: ${deleted.length} halted`)
  return { deleted, errors: [], stuck }
}

function leftover(
  ref: string,
  err: unknown,
  path: string,
  h?: Handle
): CleanupReport['stuck'][number] {
  const team = h?.data?.teamId ?? '$GREMLIN_TEAM_ID'
  return {
    ref,
    reason: errorMessage(err),
    inspect: `curl -H "Authorization: Key $GREMLIN_API_KEY" "https://api.gremlin.com/v1${path}?teamId=${team}"`
  }
}
