/**
 * The gate's effect on the team's tools, around the engine's run: before any fault, an
 * Alertmanager silence per experiment that names something to match, lasting at most the gate's
 * deadline plus the cleanup grace; after the run, the silences expired and the fault windows
 * annotated in Grafana. Every failure is a warning: none of this changes the verdict.
 */
import type { GateReport } from '../../gate/result'
import { inspectExperiments } from '../../policy/load-experiments'
import { errorMessage } from '../../util/errors'
import type { MainScope } from '../main-scope'
import { saveState } from '../state'
import { createSilence, expireSilence, silenceMatchers, text } from './alertmanager'
import { createAnnotation, faultAnnotations } from './grafana'

/** Cleanup and reporting after the deadline; a silence outlives a crash by at most this. */
const SILENCE_GRACE_MS = 10 * 60_000

/** Creates the silences and records their ids for post; returns them. */
export async function silenceRun(scope: MainScope): Promise<readonly string[]> {
  const url = scope.settings.ops?.alertmanagerUrl
  // A dry run injects nothing, so nothing can page.
  if (!url || scope.settings.gate.mode === 'dry-run') return []
  const { deps, settings } = scope
  const inspection = await inspectExperiments(settings.gate, { env: deps.env })
  const now = deps.clock.now()
  const ids: string[] = []
  for (const plan of inspection.plans.filter((p) => p.runnable)) {
    const e = plan.experiment
    const matchers = silenceMatchers(e)
    if (matchers.length === 0) {
      deps.core.info(
        `Alertmanager: nothing to match for ${e.name} (no target namespace or labels); no silence`
      )
      continue
    }
    try {
      const id = await createSilence(
        deps.fetch,
        url,
        {
          matchers,
          startsAt: new Date(now).toISOString(),
          endsAt: new Date(now + settings.gate.timeoutMs + SILENCE_GRACE_MS).toISOString(),
          createdBy: 'chaos-gate',
          comment: `chaos-gate run ${settings.gate.runId}: planned fault ${e.name} on ${settings.gate.environment}${scope.links.runUrl ? ` (${scope.links.runUrl})` : ''}`
        },
        scope.reportSignal
      )
      ids.push(id)
      // Recorded at once, so post can expire it if main dies.
      saveState(deps.core, { silences: ids.join(',') })
      deps.core.info(
        `Alertmanager: silenced ${matchers.map(text).join(', ')} for ${e.name} (silence ${id})`
      )
    } catch (err) {
      deps.core.warning(
        `Alertmanager: the silence for ${e.name} could not be created: ${errorMessage(err)}. Its alerts may page; the verdict is unchanged.`
      )
    }
  }
  return ids
}

/** Expires the run's silences (main at cleanup, or post after a crash). */
export async function expireSilences(scope: MainScope, ids: readonly string[]): Promise<void> {
  const url = scope.settings.ops?.alertmanagerUrl
  if (!url || ids.length === 0) return
  const failed: string[] = []
  for (const id of ids) {
    try {
      await expireSilence(scope.deps.fetch, url, id, scope.reportSignal)
    } catch (err) {
      failed.push(id)
      scope.deps.core.warning(
        `Alertmanager: silence ${id} could not be expired: ${errorMessage(err)}. It ends by itself at the gate's deadline plus ${SILENCE_GRACE_MS / 60_000}m; expire it in Alertmanager to hear those alerts sooner.`
      )
    }
  }
  saveState(scope.deps.core, { silencesExpired: true })
  if (failed.length < ids.length)
    scope.deps.core.info(`Alertmanager: expired ${ids.length - failed.length} silence(s)`)
}

/** Marks every fault window of the run on the Grafana dashboards. */
export async function annotateRun(scope: MainScope, report: GateReport): Promise<void> {
  const grafana = scope.settings.ops?.grafana
  if (!grafana) return
  const annotations = faultAnnotations(report, grafana.dashboards, scope.links.runUrl)
  let written = 0
  for (const annotation of annotations) {
    try {
      await createAnnotation(
        scope.deps.fetch,
        grafana.url,
        grafana.token,
        annotation,
        scope.reportSignal
      )
      written++
    } catch (err) {
      scope.deps.core.warning(
        `Grafana: annotating the fault window failed: ${errorMessage(err)}. The verdict is unchanged.`
      )
      return
    }
  }
  if (written > 0) scope.deps.core.info(`Grafana: wrote ${written} annotation(s)`)
}
