/**
 * The human `plan`: one block per experiment (what runs where, against what, for how long, judged
 * by which checks, and what the policy decided), plain text so it reads the same in a terminal and
 * in a CI log.
 */
import type { Experiment, TargetDeclaration, TargetMode } from '../manifest/model'
import type { Bounds, CheckSpec } from '../manifest/steady-state-model'
import type { Inspection, PlannedExperiment } from '../policy/load-experiments'
import type { PolicyDecision } from '../policy/policy'
import { toGoDuration } from '../util/duration'
import { plural } from './issue-output'

/** The plan as text, without the problems (the command prints those after it). */
export function renderPlan(inspection: Inspection): string {
  const { policy } = inspection
  const head = `Plan: ${plural(inspection.plans.length, 'experiment') ?? 'no experiments'} from ${plural(inspection.files, 'file') ?? 'no files'}; environment ${policy.environment}; policy: ${policy.source}\n`
  return [head, ...inspection.plans.map(renderExperiment)].join('\n')
}

function renderExperiment(plan: PlannedExperiment): string {
  const e = plan.experiment
  const rows: [string, string][] = [
    ['fault', faultText(e)],
    ['targets', targetsText(e)],
    ['duration', durationText(e)],
    ['checks', checks(e)],
    ['policy', decisions(plan.decisions)]
  ]
  if (e.hypothesis) rows.unshift(['hypothesis', e.hypothesis.trim()])
  if (e.expect === 'fail')
    rows.push(['expect', 'fail (a negative test: passes only when the experiment fails)'])
  const title = `${e.name}  ${e.source.file}:${e.source.line}:${e.source.col}${plan.runnable ? '' : '  [not runnable: see problems]'}`
  return (
    [
      title,
      ...rows.map(([k, v]) => `  ${k.padEnd(10)} ${v.split('\n').join(`\n  ${' '.repeat(10)} `)}`)
    ].join('\n') + '\n'
  )
}

/** What the experiment targets, in words (also the pull-request comment's column). */
export function targetsText(e: Experiment): string {
  return e.targets ? targets(e.targets) : noTargets(e)
}

function noTargets(e: Experiment): string {
  if (e.fault.kind === 'http-proxy')
    return `requests through the local proxy to ${e.fault.spec.upstream}`
  return 'per template or experiment (see the policy rows)'
}

/** Backend, kind, action and namespace, in words. */
export function faultText(e: Experiment): string {
  const where = e.namespace ? ` in namespace ${e.namespace}` : ''
  return `${e.backend} ${e.kind}${e.action && e.action !== e.kind ? ` ${e.action}` : ''}${where}`
}

function targets(t: TargetDeclaration): string {
  const resource = t.resource ?? 'pod'
  if (resource === 'external') return 'outside the cluster (cloud resource or load generator)'
  const scope = [
    t.labelSelector ? `matching ${t.labelSelector}` : '',
    t.podNames?.length ? `named ${t.podNames.join(', ')}` : '',
    t.namespaces.length ? `in ${t.namespaces.join(', ')}` : ''
  ]
  const where = scope.filter(Boolean).join(' ')
  if (resource === 'traffic') return `${mode(t.mode, 'requests')} ${where}`.trim()
  if ((resource === 'host' || resource === 'container') && t.mode.kind === 'unknown')
    return "the scenario's targets (Gremlin resolves them at start)"
  if (resource === 'cloud')
    return t.mode.kind === 'unknown'
      ? "the existing template's cloud resources (FIS resolves them at start)"
      : mode(t.mode, 'matching cloud resources')
  return `${mode(t.mode, `${resource}s`)} ${where}`.trim()
}

function mode(m: TargetMode, what: string): string {
  switch (m.kind) {
    case 'count':
      return `${m.count} ${m.count === 1 ? what.replace(/s$/, '') : what}`
    case 'percent':
      return `${m.percent}% of ${what}`
    case 'max-percent':
      return `up to ${m.percent}% of ${what}`
    case 'all':
      return `all ${what}`
    default:
      return `${what} (count decided in preflight)`
  }
}

/** How long the fault lasts, in words. */
export function durationText(e: Experiment): string {
  const timeout = e.timeoutMs === undefined ? '' : `, timeout ${toGoDuration(e.timeoutMs)}`
  if (e.durationMs !== undefined) return `${toGoDuration(e.durationMs)}${timeout}`
  return e.kind === 'pod-kill' || /kill|restart|reset/.test(e.action ?? '')
    ? `one-shot${timeout}`
    : `set by the backend${timeout}`
}

function checks(e: Experiment): string {
  const list = e.steadyState?.checks ?? []
  if (list.length === 0) return 'none (the verdict rests on the backend alone)'
  return list.map(check).join('\n')
}

function check(c: CheckSpec): string {
  const rules = [
    c.threshold ? bounds('', c.threshold) : '',
    c.relative ? 'relative to baseline' : '',
    c.slo ? `slo ${c.slo.objective}` : ''
  ]
  const shown = rules.filter(Boolean).join(', ')
  return `${c.name} (${c.source} ${truncate(c.query)}; ${c.phases.join('/')}${shown ? `; ${shown}` : ''}${c.dryRun ? '; dry run' : ''})`
}

function bounds(prefix: string, b: Bounds): string {
  const parts = [
    b.min === undefined ? '' : `min ${b.min}`,
    b.max === undefined ? '' : `max ${b.max}`
  ].filter(Boolean)
  return `${prefix}${parts.join(' ')}`
}

function decisions(list: readonly PolicyDecision[]): string {
  if (list.length === 0) return 'no rules apply'
  return list.map((d) => `${d.outcome.padEnd(9)} ${d.message}`).join('\n')
}

function truncate(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length > 70 ? `${one.slice(0, 69)}…` : one
}
