/**
 * Load, classify and validate every manifest the settings name, collecting every problem instead
 * of stopping at the first (changesets' parse result). Policy is applied on top of this by
 * load-experiments.ts; this part knows nothing about it.
 */
import { compareIssues, type Issue, type SourceLocation } from '../util/errors'
import { type Planned, plannedFromObject } from './adopt/adopt-object'
import { type Classification, classify } from './classify/classify'
import { plannedFromFisTemplate } from './experiment/aws-fis-fault'
import { plannedFromExperiment } from './experiment/experiment-document'
import { type FaultRefs, loadFaultRefs } from './experiment/fault-refs'
import type { Environment } from './experiment/interpolate'
import type { BackendKind } from './model'
import { loadPromqlGrammar } from './queries/promql-syntax'
import { findManifestFiles } from './read/find-files'
import { readManifestFiles } from './read/read-files'
import type { SourceDocument } from './read/yaml-documents'
import { needsPromqlGrammar } from './rules/promql'
import { checkRun, type RunCheck } from './rules/run-checks'
import { runRules } from './rules/run-rules'
import type { PrometheusEndpoint } from './steady-state-model'

/** The settings the loader reads (a subset of GateSettings). */
export interface LoadSettings {
  readonly experiments: readonly string[]
  readonly cwd: string
  readonly backend: 'auto' | BackendKind
  readonly namespace?: string
  readonly prometheus?: PrometheusEndpoint
}

/** What the loader needs from outside. */
export interface LoadDeps {
  /** For ${VAR} interpolation in Experiment documents. */
  readonly env: Environment
  /** Per-file size limit in bytes; the default is 1 MiB. */
  readonly maxFileBytes?: number
}

/** How one document was treated, for reports, plans and tests. */
export interface DocumentOutcome {
  readonly file: string
  readonly index: number
  readonly start: SourceLocation
  /** What it was recognised as: `chaos-mesh/PodChaos`, `litmus/ChaosSchedule`, `aws-fis`, `unknown`. */
  readonly label: string
  readonly result: 'experiment' | 'not-run' | 'invalid' | 'referenced'
  /** The experiment's name, when it became one. */
  readonly experiment?: string
  readonly issues: readonly Issue[]
}

/** Everything the loader found. `issues` holds every severity, sorted by position. */
export interface ManifestLoad {
  readonly planned: readonly Planned[]
  readonly issues: readonly Issue[]
  readonly documents: readonly DocumentOutcome[]
  readonly files: number
}

/** Loads the manifests named by `settings`. Never throws for bad input. */
export async function loadManifests(settings: LoadSettings, deps: LoadDeps): Promise<ManifestLoad> {
  const found = await findManifestFiles(settings.experiments, settings.cwd)
  const loaded = readManifestFiles(found.files, deps.maxFileBytes)
  const docs = loaded.flatMap((l) =>
    l.documents.map((doc) => ({ doc, classification: classify(doc) }))
  )
  const gateDocs = docs
    .filter((d) => d.classification.outcome === 'experiment' && d.classification.family === 'gate')
    .map((d) => d.doc)
  const refs = loadFaultRefs(loaded, gateDocs, settings.cwd, deps.maxFileBytes)
  if (docs.some(({ doc }) => needsPromqlGrammar(doc))) await loadPromqlGrammar()
  const read = docs.map(({ doc, classification }) =>
    readDocument(doc, classification, settings, deps, refs)
  )
  const run = checkRun(
    read.flatMap((r) => (r.planned ? [r.planned] : [])),
    settings,
    found.files.length
  )
  const outcomes = read.map((r) => withRunIssues(r, run))
  const planned = outcomes.flatMap((o) => (o.planned ? [o.planned] : []))
  const issues = [
    ...found.issues,
    ...loaded.flatMap((l) => l.issues),
    ...refs.issues,
    ...outcomes.flatMap((o) => o.outcome.issues)
  ]
  // "Nothing to run" only adds something when no other error already explains why.
  if (!issues.some((i) => i.severity === 'error')) issues.push(...run.run)
  return {
    planned,
    issues: issues.sort(compareIssues),
    documents: outcomes.map((o) => o.outcome),
    files: found.files.length
  }
}

type Read = { planned?: Planned; outcome: DocumentOutcome }

/** Folds the run-wide problems of an experiment into its document's outcome. */
function withRunIssues(read: Read, run: RunCheck): Read {
  const extra = read.planned ? run.byExperiment.get(read.planned) : undefined
  if (!extra || extra.length === 0) return read
  const { file, index, start, label, issues } = read.outcome
  return {
    outcome: { file, index, start, label, result: 'invalid', issues: [...issues, ...extra] }
  }
}

function readDocument(
  doc: SourceDocument,
  classification: Classification,
  settings: LoadSettings,
  deps: LoadDeps,
  refs: FaultRefs
): Read {
  const base = { file: doc.file, index: doc.index, start: doc.start, label: classification.label }
  if (classification.outcome === 'not-run') {
    const result = classification.issue.severity === 'error' ? 'invalid' : 'not-run'
    return { outcome: { ...base, result, issues: [classification.issue] } }
  }
  const owner = refs.referencedBy(doc)
  if (owner !== undefined) {
    const notice: Issue = {
      ...doc.start,
      severity: 'notice',
      code: 'fault-ref/used',
      message: `this object is the fault of Experiment '${owner}' (faultRef) and is not run on its own`
    }
    return { outcome: { ...base, result: 'referenced', issues: [notice] } }
  }
  const built =
    classification.family === 'gate'
      ? plannedFromExperiment(doc, {
          env: deps.env,
          resolveRef: refs.resolve,
          ...optional(settings)
        })
      : classification.family === 'aws-fis'
        ? plannedFromFisTemplate(doc)
        : plannedFromObject(doc, classification.family, settings.namespace)
  const issues = [
    ...built.issues,
    ...runRules(doc, classification.family, built.planned?.experiment, refs)
  ]
  const ok = built.planned !== undefined && !issues.some((i) => i.severity === 'error')
  const planned = ok ? built.planned : undefined
  const outcome: DocumentOutcome = {
    ...base,
    result: ok ? 'experiment' : 'invalid',
    issues,
    ...(planned ? { experiment: planned.experiment.name } : {})
  }
  return planned ? { planned, outcome } : { outcome }
}

function optional(settings: LoadSettings): { namespace?: string; prometheus?: PrometheusEndpoint } {
  return {
    ...(settings.namespace === undefined ? {} : { namespace: settings.namespace }),
    ...(settings.prometheus === undefined ? {} : { prometheus: settings.prometheus })
  }
}
