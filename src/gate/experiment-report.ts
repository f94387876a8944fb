/**
 * Turns a finished ExperimentRun into its report: final backend facts, the verdict (pure,
 * verdict.ts) and everything the renderers show.
 */
import type { ExperimentRun } from './experiment-run'
import type { CheckRecord, ExperimentReport } from './result'
import { decideExperiment } from './verdict/verdict'

export function buildExperimentReport(run: ExperimentRun): ExperimentReport {
  const { exp, fault } = run
  const affected = run.follower.facts.affectedTargets
  const removedAt = run.faultRemovedAt()
  const { verdict, observed, reasons } = decideExperiment(run.facts)
  return {
    name: exp.name,
    source: exp.source,
    backend: exp.backend,
    kind: exp.kind,
    ...(exp.action !== undefined && { action: exp.action }),
    ...(exp.namespace !== undefined && { namespace: exp.namespace }),
    ...(exp.hypothesis !== undefined && { hypothesis: exp.hypothesis }),
    expect: exp.expect,
    ...(run.targets !== undefined && { targets: run.targets }),
    verdict,
    observed,
    reasons,
    startedAt: run.startedAt,
    endedAt: run.clock.now(),
    phases: run.phases,
    fault: {
      ...fault,
      ...(removedAt !== undefined && { removedAt }),
      ...(affected !== undefined && { affectedTargets: affected })
    },
    checks: checkRecords(run),
    measurements: run.measurements,
    backendEvents: run.backendEvents,
    ...(run.recovery && { recovery: run.recovery }),
    ...(run.cleanupReport && { cleanup: run.cleanupReport }),
    ...(run.loadRecord && { load: run.loadRecord })
  }
}

function checkRecords(run: ExperimentRun): readonly CheckRecord[] {
  return (run.exp.steadyState?.checks ?? []).map((c) => ({
    name: c.name,
    source: c.source,
    query: c.query,
    dryRun: c.dryRun,
    ...(c.threshold && { threshold: c.threshold }),
    phases: run.conclusions.get(c.name) ?? {}
  }))
}
