/**
 * Cleanup, always: after a normal end, a failure, a timeout or a cancellation. Stops a fault that
 * may still be injected, stops following it, closes the metric sources (probe load), removes what
 * the run created through the backend (by run-id label), and records the result in the run state.
 * Every wait here is bounded by its own timeout, never by the run's (possibly aborted) signal.
 */
import type { CleanupReport } from '../../backends/backend'
import type { Experiment } from '../../manifest/model'
import { raceSignal } from '../../util/bounded'
import { errorMessage } from '../../util/errors'
import type { ExperimentRun, StepResult } from '../experiment-run'
import type { GateSettings } from '../settings'
import { TIMEOUTS } from '../timeouts'

export async function cleanup(run: ExperimentRun, signal: AbortSignal): Promise<StepResult> {
  // The backend's last word before the gate stops anything: what the verdict is judged on.
  if (run.facts.injected) run.facts.backend = run.follower.facts
  if (run.handle && !run.follower.isFaultOff()) {
    const cause = run.facts.interrupted?.cause
    await run.abortFault(
      cause ? 'cancel' : 'timeout',
      cause ?? 'the fault was still injected when the gate stopped waiting for it'
    )
  }
  await raceSignal(signal, run.follower.stop()).catch(() => undefined)
  await closeSources(run, signal)
  await stopLoad(run, signal)
  const report = await cleanupBackend(run)
  if (report) {
    run.cleanupReport = report
    for (const s of report.stuck)
      run.facts.cleanupProblems.push(
        `${s.ref} is still present: ${s.reason} (inspect: ${s.inspect})`
      )
    for (const e of report.errors) run.facts.cleanupProblems.push(e)
    await run.deps.runState.cleaned(run.exp.name, report).catch((err: unknown) => {
      run.deps.log.warn(`could not record the cleanup in the run-state file: ${errorMessage(err)}`)
    })
  }
  return {
    proceed: true,
    ...(report && report.stuck.length > 0 && { note: 'objects left behind' })
  }
}

async function closeSources(run: ExperimentRun, signal: AbortSignal): Promise<void> {
  await Promise.all(
    run.sources.map((s) =>
      raceSignal(signal, s.close()).catch((err: unknown) => {
        run.deps.log.warn(`${run.exp.name}: closing a metric source failed: ${errorMessage(err)}`)
      })
    )
  )
}

/** Stops the steady load after the last measurement, so recovery was measured under it. */
async function stopLoad(run: ExperimentRun, signal: AbortSignal): Promise<void> {
  const load = run.load
  if (!load) return
  run.load = undefined
  run.loadRecord = await raceSignal(signal, load.stop()).catch((err: unknown) => {
    run.deps.log.warn(`${run.exp.name}: stopping the steady load failed: ${errorMessage(err)}`)
    return undefined
  })
  if (run.loadRecord)
    run.deps.log.debug(
      `${run.exp.name}: the steady load sent ${run.loadRecord.requests} requests to ${run.loadRecord.url}`
    )
}

async function cleanupBackend(run: ExperimentRun): Promise<CleanupReport | undefined> {
  const backend = run.backend
  if (!backend) return undefined
  // Scoped to this experiment: others of the run may still be injecting (--concurrency).
  const selector = {
    runId: run.scope.runId,
    experiment: run.exp.name,
    namespaces: cleanupNamespacesOf(run.exp, run.scope.settings),
    handles: run.handle ? [run.handle] : []
  }
  try {
    return await run.withOwnDeadline(TIMEOUTS.cleanupMs, 'cleanup', (ctx) =>
      backend.cleanup(selector, ctx)
    )
  } catch (err) {
    return {
      deleted: [],
      stuck: [],
      errors: [`${backend.kind} cleanup failed: ${errorMessage(err)}`]
    }
  }
}

/**
 * Where an experiment may have created objects, for cleanup by label: its namespaces, or for a
 * Toxiproxy fault the server's URL, for FIS the region, for a Gremlin scenario its id (recorded
 * before the run starts, so a crash still finds them).
 */
export function cleanupNamespacesOf(exp: Experiment, settings: GateSettings): readonly string[] {
  if (exp.fault.kind === 'toxiproxy') return [exp.fault.spec.server]
  if (exp.fault.kind === 'gremlin')
    return 'scenarioId' in exp.fault.spec ? [`gremlin-scenario:${exp.fault.spec.scenarioId}`] : []
  if (exp.fault.kind === 'aws-fis')
    return exp.fault.spec.region ? [`aws-region:${exp.fault.spec.region}`] : []
  const all = [exp.namespace, ...(exp.targets?.namespaces ?? []), settings.namespace]
  return [...new Set(all.filter((n): n is string => n !== undefined && n !== ''))]
}
