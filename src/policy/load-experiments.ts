/**
 * The front door: manifests loaded and validated, the blast-radius policy loaded and enforced
 * statically, and the policy's abort guards added to every experiment. `inspectExperiments`
 * reports everything (for validate and plan); `loadExperiments` returns runnable experiments or
 * throws a ManifestError with every problem at once, so nothing is injected from bad input.
 */
import type { Planned } from '../manifest/adopt/adopt-object'
import type { DocumentOutcome, LoadDeps } from '../manifest/load-manifests'
import { loadManifests } from '../manifest/load-manifests'
import type { BackendKind, Experiment } from '../manifest/model'
import type { PrometheusEndpoint } from '../manifest/steady-state-model'
import { compareIssues, type Issue, ManifestError } from '../util/errors'
import { applyAutoAbort } from './auto-abort'
import { enforceStatic } from './enforce-static'
import { loadPolicy } from './load-policy'
import type { Policy, PolicyDecision } from './policy'

/** The settings experiments are loaded with. */
export interface ExperimentSettings {
  /** Globs or paths of manifests. */
  readonly experiments: readonly string[]
  /** Working directory the globs are relative to. */
  readonly cwd: string
  readonly backend: 'auto' | BackendKind
  /** Namespace for objects that do not name one. */
  readonly namespace?: string
  /** Path of the blast-radius policy file, or inline YAML. */
  readonly policy?: string
  /** The Prometheus for checks whose experiment names none. */
  readonly prometheus?: PrometheusEndpoint
  readonly environment: string
}

/** One experiment and what the policy decided about it. */
export interface PlannedExperiment {
  readonly experiment: Experiment
  readonly decisions: readonly PolicyDecision[]
  /** False when the experiment has errors (its own or the policy's); it would not run. */
  readonly runnable: boolean
}

/** Everything known before anything runs. */
export interface Inspection {
  /** Every experiment that was read, runnable or not, in file order. */
  readonly plans: readonly PlannedExperiment[]
  readonly policy: Policy
  /** Every problem of every severity, sorted by file and position. */
  readonly issues: readonly Issue[]
  readonly documents: readonly DocumentOutcome[]
  readonly files: number
}

/** Loads, validates and checks every experiment against the policy. Never throws for bad input. */
export async function inspectExperiments(
  settings: ExperimentSettings,
  deps: LoadDeps
): Promise<Inspection> {
  const manifests = await loadManifests(settings, deps)
  const loadedPolicy = loadPolicy({
    cwd: settings.cwd,
    environment: settings.environment,
    ...(settings.policy === undefined ? {} : { policy: settings.policy })
  })
  const { policy } = loadedPolicy
  const policyBroken = loadedPolicy.issues.some((i) => i.severity === 'error')
  const byDocument = new Map<string, readonly Issue[]>()
  const plans = manifests.planned.map((planned) => {
    const { plan, issues } = planOne(planned, policy, settings.prometheus, policyBroken)
    if (issues.length > 0) byDocument.set(`${planned.doc.file}#${planned.doc.index}`, issues)
    return plan
  })
  const issues = [
    ...manifests.issues,
    ...loadedPolicy.issues,
    ...[...byDocument.values()].flat()
  ].sort(compareIssues)
  const documents = manifests.documents.map((d) =>
    withPolicyIssues(d, byDocument.get(`${d.file}#${d.index}`))
  )
  return { plans, policy, issues, documents, files: manifests.files }
}

/** The policy's decisions and guards for one experiment. */
function planOne(
  planned: Planned,
  policy: Policy,
  prometheus: PrometheusEndpoint | undefined,
  policyBroken: boolean
): { plan: PlannedExperiment; issues: Issue[] } {
  const enforced = enforceStatic(planned, policy)
  const guarded = applyAutoAbort(planned.experiment, policy, prometheus, planned.doc.locate)
  const issues = [...enforced.issues, ...guarded.issues]
  const guards =
    guarded.experiment.steadyState?.checks
      .filter((c) => c.name.startsWith('auto-abort-'))
      .map((c) => c.name) ?? []
  const decisions: PolicyDecision[] = [...enforced.decisions]
  if (guards.length > 0)
    decisions.push({
      rule: 'auto-abort',
      outcome: 'allow',
      message: `abort guards: ${guards.join(', ')}`
    })
  const runnable = !policyBroken && !issues.some((i) => i.severity === 'error')
  return { plan: { experiment: guarded.experiment, decisions, runnable }, issues }
}

/** What a run starts from: experiments that passed validation and the static policy. */
export interface LoadedExperiments {
  readonly experiments: Experiment[]
  /** Warnings and notices, for the report. */
  readonly notices: Issue[]
  /** The policy they were checked against, which Kubernetes preflight checks live counts against. */
  readonly policy: Policy
}

/** The runnable experiments and the non-error issues; throws a ManifestError listing every error. */
export async function loadExperiments(
  settings: ExperimentSettings,
  deps: LoadDeps
): Promise<LoadedExperiments> {
  const inspection = await inspectExperiments(settings, deps)
  const errors = inspection.issues.filter((i) => i.severity === 'error')
  if (errors.length > 0) throw new ManifestError(errors)
  return {
    experiments: inspection.plans.filter((p) => p.runnable).map((p) => p.experiment),
    notices: inspection.issues.filter((i) => i.severity !== 'error'),
    policy: inspection.policy
  }
}

function withPolicyIssues(
  doc: DocumentOutcome,
  extra: readonly Issue[] | undefined
): DocumentOutcome {
  if (!extra || extra.length === 0) return doc
  const failed = extra.some((i) => i.severity === 'error')
  return { ...doc, result: failed ? 'invalid' : doc.result, issues: [...doc.issues, ...extra] }
}
