/**
 * One steady-state check read into a CheckSpec: its source (PromQL, a probe metric, a kubernetes
 * function, a Datadog query or formula, a CloudWatch question), its rules,
 * and the problems the schema cannot see (no rule at all, an slo check with rules it would not
 * apply, reversed bounds, unknown placeholders).
 */
import type { DocPath } from '../../model'
import { cloudWatchQueryProblems, cloudWatchText } from '../../queries/cloudwatch-query'
import { datadogFormulaProblem, datadogQueryProblem } from '../../queries/datadog-query'
import { isKubeQueryProblem, parseKubeQuery } from '../../queries/kube-query'
import {
  type Bounds,
  type CheckSpec,
  type CloudWatchQuery,
  type DatadogFormula,
  PROBE_METRICS
} from '../../steady-state-model'
import { durationMs, toFraction } from '../schema-primitives'
import type { CheckInput, SteadyStateInput } from './steady-state-schema'

/** Placeholders a query may use (docs/manifests.md, `steadyState`). */
export const QUERY_PLACEHOLDERS = ['window', 'start', 'end', 'duration']

export type Add = (path: DocPath, code: string, message: string, hint?: string) => void

export function toCheck(
  c: CheckInput,
  block: SteadyStateInput,
  location: CheckSpec['location'],
  add: Add
): CheckSpec | undefined {
  const d = block.defaults
  const sources = [c.query, c.metric, c.kubernetes, c.datadog, c.cloudwatch, c.slo].filter(
    (s) => s !== undefined
  ).length
  if (sources !== 1) {
    add(
      [],
      'steady-state/source',
      `check '${c.name}' must give exactly one of query (PromQL), metric (a probe metric), kubernetes, datadog, cloudwatch or slo; it gives ${sources}`
    )
    return undefined
  }
  const cloudwatch = c.cloudwatch ? toCloudWatch(c.cloudwatch, ['cloudwatch'], add) : undefined
  const datadog = typeof c.datadog === 'object' ? toDatadogFormula(c.datadog, add) : undefined
  const query =
    c.query ??
    c.metric ??
    c.kubernetes ??
    (typeof c.datadog === 'string' ? c.datadog : datadog?.formula) ??
    (cloudwatch && cloudWatchText(cloudwatch)) ??
    c.slo?.errorRatio ??
    ''
  const source = sourceOf(c, query)
  if (source === 'kubernetes') checkKubeQuery(query, ['kubernetes'], add)
  else if (source === 'datadog' && !datadog) checkDatadogQuery(query, ['datadog'], add)
  else if (source !== 'datadog' && source !== 'cloudwatch')
    checkTemplates(query, c.query !== undefined ? ['query'] : ['slo', 'errorRatio'], add)
  if (!c.threshold && !c.relative && !c.slo)
    add(
      [],
      'steady-state/no-rule',
      `check '${c.name}' has no threshold, relative or slo rule, so it can never fail`
    )
  if (c.slo)
    for (const rule of ['threshold', 'warn', 'relative'] as const)
      if (c[rule] !== undefined)
        add(
          [rule],
          'steady-state/slo-rule',
          `check '${c.name}' is judged by its slo burn rate, so ${rule} would never be applied`,
          `move ${rule} to a check of its own on the same query`
        )
  checkBounds(c.threshold, ['threshold'], add)
  checkBounds(c.warn, ['warn'], add)
  const phases = c.phases ?? ['before', 'during', 'after']
  if (c.relative && c.relative.maxIncrease === undefined && c.relative.maxDecrease === undefined)
    add(['relative'], 'steady-state/relative', 'relative needs maxIncrease or maxDecrease')
  if (c.relative && !phases.includes('before'))
    add(
      ['phases'],
      'steady-state/relative',
      "a relative check compares with the baseline measured before the fault, so its phases must include 'before'"
    )
  const breaches = c.breaches ?? d.breaches ?? 1
  const of = c.of ?? d.of ?? 1
  if (breaches > of)
    add(
      ['breaches'],
      'steady-state/breaches',
      `breaches (${breaches}) cannot be more than of (${of})`
    )
  const guard = c.guard ? toGuard(c.guard, source, add) : undefined
  return {
    name: c.name,
    source,
    query,
    phases,
    breaches,
    of,
    errorLimit: c.errorLimit ?? d.errorLimit ?? 3,
    noData: c.noData ?? d.noData ?? 'inconclusive',
    series: c.series ?? d.series ?? 'each',
    dryRun: c.dryRun,
    windowMs: durationMs(c.window ?? d.window ?? '1m'),
    location,
    ...(c.threshold ? { threshold: toBounds(c.threshold) } : {}),
    ...(c.warn ? { warn: toBounds(c.warn) } : {}),
    ...(c.relative ? { relative: toRelative(c.relative) } : {}),
    ...(c.slo ? { slo: toSlo(c.slo) } : {}),
    ...(guard ? { guard } : {}),
    ...(cloudwatch && { cloudwatch }),
    ...(datadog && { datadog })
  }
}

function sourceOf(c: CheckInput, query: string): CheckSpec['source'] {
  if (c.kubernetes !== undefined) return 'kubernetes'
  if (c.datadog !== undefined) return 'datadog'
  if (c.cloudwatch !== undefined) return 'cloudwatch'
  return c.metric !== undefined || PROBE_METRICS.some((m) => m === query) ? 'probe' : 'prometheus'
}

/** A kubernetes query that does not parse fails validation, not the first measurement. */
function checkKubeQuery(query: string, path: DocPath, add: Add): void {
  const parsed = parseKubeQuery(query)
  if (isKubeQueryProblem(parsed))
    add(
      path,
      'steady-state/kubernetes-query',
      `${parsed.message} (at character ${parsed.offset + 1} of '${query}')`,
      `Expected ${parsed.expected}.`
    )
}

/** A Datadog query whose brackets or metrics are malformed fails validation. */
function checkDatadogQuery(query: string, path: DocPath, add: Add): void {
  const problem = datadogQueryProblem(query)
  if (problem)
    add(
      path,
      'steady-state/datadog-query',
      `${problem.message} (at character ${problem.offset + 1} of '${query}')`,
      `Expected ${problem.expected}.`
    )
}

/** A CloudWatch question in the model; its problems are validation errors under `path`. */
function toCloudWatch(
  q: NonNullable<CheckInput['cloudwatch']>,
  path: DocPath,
  add: Add
): CloudWatchQuery {
  const periodMs = durationMs(q.period)
  const query: CloudWatchQuery = {
    metrics: Object.fromEntries(
      Object.entries(q.metrics).map(([id, m]) => [
        id,
        { namespace: m.namespace, name: m.metric, dimensions: m.dimensions, stat: m.stat }
      ])
    ),
    periodSeconds: periodMs / 1000,
    ...(q.expression !== undefined && { expression: q.expression })
  }
  for (const p of cloudWatchQueryProblems(query))
    add([...path, ...p.path], 'steady-state/cloudwatch-query', p.message, `Expected ${p.expected}.`)
  return query
}

/** Datadog v2 queries and formula; each query and the formula's names are checked. */
function toDatadogFormula(f: DatadogFormula, add: Add): DatadogFormula {
  for (const [name, query] of Object.entries(f.queries))
    checkDatadogQuery(query, ['datadog', 'queries', name], add)
  const problem = datadogFormulaProblem(f)
  if (problem)
    add(
      ['datadog', 'formula'],
      'steady-state/datadog-query',
      `${problem.message} (at character ${problem.offset + 1} of '${f.formula}')`,
      `Expected ${problem.expected}.`
    )
  return { queries: f.queries, formula: f.formula }
}

function toBounds(b: { min?: number | undefined; max?: number | undefined }): Bounds {
  return {
    ...(b.min === undefined ? {} : { min: b.min }),
    ...(b.max === undefined ? {} : { max: b.max })
  }
}

function toRelative(r: NonNullable<CheckInput['relative']>): NonNullable<CheckSpec['relative']> {
  return {
    slack: r.slack,
    ...(r.maxIncrease === undefined ? {} : { maxIncrease: toFraction(r.maxIncrease) }),
    ...(r.maxDecrease === undefined ? {} : { maxDecrease: toFraction(r.maxDecrease) })
  }
}

function toSlo(s: NonNullable<CheckInput['slo']>): NonNullable<CheckSpec['slo']> {
  return {
    objective: toFraction(s.objective),
    errorRatio: s.errorRatio,
    periodMs: durationMs(s.period),
    burnRate: s.burnRate.map((b) => ({ shortMs: durationMs(b.short), max: b.max })),
    ...(s.maxBudgetSpend === undefined ? {} : { maxBudgetSpend: toFraction(s.maxBudgetSpend) })
  }
}

function toGuard(
  g: NonNullable<CheckInput['guard']>,
  source: CheckSpec['source'],
  add: Add
): CheckSpec['guard'] {
  if (source === 'cloudwatch') return toCloudWatchGuard(g, add)
  const query = g.query ?? g.metric
  if (g.cloudwatch !== undefined)
    add(
      ['guard', 'cloudwatch'],
      'steady-state/guard',
      'only a cloudwatch check has a cloudwatch guard'
    )
  if ((g.query === undefined) === (g.metric === undefined))
    add(['guard'], 'steady-state/guard', 'guard needs exactly one of query or metric')
  else if ((g.metric !== undefined) !== (source === 'probe'))
    add(
      ['guard'],
      'steady-state/guard',
      `the guard must be measured by the same source as its check (${source === 'probe' ? 'metric' : `query, in the ${source} check's language`})`
    )
  if (g.min === undefined && g.max === undefined)
    add(['guard'], 'steady-state/guard', 'guard needs min or max')
  if (g.query !== undefined && source === 'kubernetes')
    checkKubeQuery(g.query, ['guard', 'query'], add)
  else if (g.query !== undefined && source === 'datadog')
    checkDatadogQuery(g.query, ['guard', 'query'], add)
  else if (g.query !== undefined) checkTemplates(g.query, ['guard', 'query'], add)
  return query === undefined
    ? undefined
    : {
        query,
        ...(g.min === undefined ? {} : { min: g.min }),
        ...(g.max === undefined ? {} : { max: g.max })
      }
}

function toCloudWatchGuard(g: NonNullable<CheckInput['guard']>, add: Add): CheckSpec['guard'] {
  if (g.cloudwatch === undefined || g.query !== undefined || g.metric !== undefined) {
    add(['guard'], 'steady-state/guard', "a cloudwatch check's guard is a cloudwatch question")
    return undefined
  }
  if (g.min === undefined && g.max === undefined)
    add(['guard'], 'steady-state/guard', 'guard needs min or max')
  const cloudwatch = toCloudWatch(g.cloudwatch, ['guard', 'cloudwatch'], add)
  return {
    query: cloudWatchText(cloudwatch),
    cloudwatch,
    ...(g.min === undefined ? {} : { min: g.min }),
    ...(g.max === undefined ? {} : { max: g.max })
  }
}

function checkBounds(
  b: { min?: number | undefined; max?: number | undefined } | undefined,
  path: DocPath,
  add: Add
): void {
  if (!b) return
  if (b.min === undefined && b.max === undefined)
    add(path, 'steady-state/bounds', `${String(path[0])} needs min or max`)
  else if (b.min !== undefined && b.max !== undefined && b.min > b.max)
    add(path, 'steady-state/bounds', `${String(path[0])}.min (${b.min}) is above max (${b.max})`)
}

/** Reports every {{placeholder}} in `query` that the gate does not substitute. */
export function checkTemplates(query: string, path: DocPath, add: Add): void {
  for (const m of query.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    const name = m[1] ?? ''
    if (!QUERY_PLACEHOLDERS.includes(name)) {
      add(
        path,
        'steady-state/placeholder',
        `unknown placeholder '{{${name}}}' in the query`,
        `The gate substitutes only ${QUERY_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`
      )
    }
  }
}
