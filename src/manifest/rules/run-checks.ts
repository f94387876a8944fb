/**
 * Checks across the whole run: experiment names are unique (they name the objects the gate
 * creates), every experiment fits the backend setting, and there is something to run at all.
 */
import type { Issue } from '../../util/errors'
import type { Planned } from '../adopt/adopt-object'
import type { BackendKind } from '../model'

/** Problems of the run, per experiment; `run` holds those that belong to no experiment. */
export interface RunCheck {
  readonly byExperiment: ReadonlyMap<Planned, readonly Issue[]>
  readonly run: readonly Issue[]
}

/** Checks `planned` as one run. */
export function checkRun(
  planned: readonly Planned[],
  settings: { readonly backend: 'auto' | BackendKind; readonly experiments: readonly string[] },
  files: number
): RunCheck {
  const byExperiment = new Map<Planned, Issue[]>()
  const add = (p: Planned, issue: Issue): void => {
    byExperiment.set(p, [...(byExperiment.get(p) ?? []), issue])
  }
  const byName = new Map<string, Planned[]>()
  for (const p of planned)
    byName.set(p.experiment.name, [...(byName.get(p.experiment.name) ?? []), p])
  for (const [name, same] of byName) {
    if (same.length < 2) continue
    for (const p of same) {
      const all = same
        .filter((o) => o !== p)
        .map((o) => `${o.experiment.source.file}:${o.experiment.source.line}`)
      const others = all.length > 3 ? [...all.slice(0, 3), `${all.length - 3} more`] : all
      add(p, {
        ...p.doc.locate(['metadata', 'name']),
        severity: 'error',
        code: 'name/duplicate',
        message: `experiment name '${name}' is also used at ${others.join(', ')}`,
        hint: 'Experiment names must be unique in a run; rename one.'
      })
    }
  }
  if (settings.backend !== 'auto') {
    for (const p of planned) {
      if (p.experiment.backend === settings.backend) continue
      add(p, {
        ...p.experiment.source,
        severity: 'error',
        code: 'backend/mismatch',
        message: `the backend setting is '${settings.backend}', but '${p.experiment.name}' runs on '${p.experiment.backend}'`,
        hint: 'Use --backend auto to run each experiment on its own backend.'
      })
    }
  }
  const run: Issue[] = []
  if (planned.length === 0) {
    run.push({
      file: settings.experiments.join(', '),
      line: 1,
      col: 1,
      severity: 'error',
      code: 'manifest/none',
      message: `no runnable experiment in ${files} file${files === 1 ? '' : 's'}`,
      hint: 'A gate with nothing to run would pass without testing anything; fix the problems above or point the experiments setting at your manifests.'
    })
  }
  return { byExperiment, run }
}
