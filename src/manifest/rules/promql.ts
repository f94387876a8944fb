/**
 * PromQL is checked with the official grammar when manifests are validated (docs/manifests.md, `steadyState`),
 * so a typo fails `chaos-gate validate` with the file, line and column of the offending token,
 * inside a multi-line `query: |` block too, instead of failing the first measurement. It also
 * warns when a check's window is shorter than two scrape intervals: rate() over it may see fewer
 * than two samples and answer nothing.
 */
import { formatDuration } from '../../util/duration'
import type { Issue } from '../../util/errors'
import type { DocPath } from '../model'
import { at, listAt, stringAt } from '../plain'
import { checkPromqlSyntax } from '../queries/promql-syntax'
import type { SourceDocument } from '../read/yaml-documents'
import type { CheckSpec } from '../steady-state-model'
import type { Rule, RuleContext } from './rule'

const CHECKS: DocPath = ['spec', 'steadyState', 'checks']

/** The PromQL fields of one check, as written (an SLO's errorRatio may be a probe metric). */
function promqlFields(raw: unknown, spec: CheckSpec | undefined): DocPath[] {
  // A kubernetes, datadog or cloudwatch check's guard is in its own language, checked by the steady-state block.
  // Read from the document too: the check has no spec when the experiment has other errors.
  const ownLanguage = ['kubernetes', 'datadog', 'cloudwatch'].some(
    (k) => at(raw, [k]) !== undefined
  )
  const fields: DocPath[] = ownLanguage ? [] : [['query'], ['guard', 'query']]
  if (spec?.source === 'prometheus') fields.push(['slo', 'errorRatio'])
  return fields.filter((f) => stringAt(raw, f) !== undefined)
}

/** Whether the promql rule will parse queries in `doc`: the PromQL grammar must be loaded first. */
export function needsPromqlGrammar(doc: SourceDocument): boolean {
  return listAt(doc.value, CHECKS).length > 0
}

export const promql: Rule = (ctx) => {
  const { doc, experiment } = ctx
  const issues: Issue[] = []
  listAt(doc.value, CHECKS).forEach((raw, i) => {
    const name = stringAt(raw, ['name'])
    const checkSpec = experiment?.steadyState?.checks.find((c) => c.name === name)
    for (const field of promqlFields(raw, checkSpec)) {
      issues.push(...syntaxIssues(ctx, [...CHECKS, i, ...field]))
    }
  })
  return [...issues, ...shortWindows(ctx)]
}

function syntaxIssues(ctx: RuleContext, path: DocPath): Issue[] {
  const query = stringAt(ctx.doc.value, path)
  if (query === undefined) return []
  // Unknown placeholders are reported by the steady-state block itself; only syntax here.
  return checkPromqlSyntax(query)
    .filter((p) => !p.message.startsWith('unknown placeholder'))
    .map((p) => ({
      ...(ctx.doc.locateWithin?.(path, p.offset) ?? ctx.doc.locate(path)),
      severity: 'error',
      code: 'promql/syntax',
      path: path.join('.'),
      message: `${p.message} in ${path.slice(2).join('.')}`,
      ...(p.expected !== undefined && { expected: p.expected }),
      hint: 'Try the query in the Prometheus UI; {{window}} and {{duration}} stand for durations, {{start}} and {{end}} for unix times.'
    }))
}

function shortWindows(ctx: RuleContext): Issue[] {
  const steady = ctx.experiment?.steadyState
  const scrape = steady?.prometheus?.scrapeIntervalMs
  if (!steady || scrape === undefined) return []
  return steady.checks
    .filter((c) => c.source === 'prometheus' && c.windowMs < 2 * scrape)
    .map((c) => ({
      ...c.location,
      severity: 'warning',
      code: 'promql/short-window',
      message: `check '${c.name}' has a window of ${formatDuration(c.windowMs)}, shorter than two scrape intervals (${formatDuration(2 * scrape)})`,
      hint: 'rate() over {{window}} needs two samples in the window; set window to at least twice the scrape interval.'
    }))
}
