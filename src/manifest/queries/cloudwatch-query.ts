/**
 * The checks `validate` runs on a CloudWatch question before any run: metric ids as GetMetricData
 * accepts them, statistics, periods, and a light syntax check of the metric math expression
 * (brackets balance, every lower-case name is one of the check's metric ids, every upper-case
 * name a metric math function). CloudWatch stays the judge of the rest: its
 * InvalidParameterValue answer is a `query` error on the first measurement. Also the one-line
 * text a report shows for the question.
 */
import type { CloudWatchMetric, CloudWatchQuery } from '../steady-state-model'

/** What is wrong, where (`path` under the check's `cloudwatch`), and what was expected. */
export interface CloudWatchQueryProblem {
  readonly path: readonly (string | number)[]
  readonly message: string
  readonly expected: string
}

/** GetMetricData's rule for a query id. */
const ID = /^[a-z][a-zA-Z0-9_]*$/
const STAT =
  /^(?:Average|Sum|Minimum|Maximum|SampleCount|IQM|(?:p|tm|wm|tc|ts|pr)\d{1,2}(?:\.\d+)?|(?:TM|WM|TC|TS|PR)\([^()]+\))$/
/** The metric math functions and keywords (CloudWatch user guide, "Metric math syntax"). */
const FUNCTIONS = new Set([
  'ABS',
  'ANOMALY_DETECTION_BAND',
  'AVG',
  'CEIL',
  'DATAPOINT_COUNT',
  'DB_PERF_INSIGHTS',
  'DIFF',
  'DIFF_TIME',
  'FILL',
  'FIRST',
  'FLOOR',
  'IF',
  'INSIGHT_RULE_METRIC',
  'LAMBDA',
  'LAST',
  'LOG',
  'LOG10',
  'MAX',
  'METRIC_COUNT',
  'METRICS',
  'MIN',
  'MINUTE',
  'HOUR',
  'DAY',
  'DATE',
  'MONTH',
  'YEAR',
  'EPOCH',
  'PERIOD',
  'RATE',
  'REMOVE_EMPTY',
  'RUNNING_SUM',
  'SEARCH',
  'SERVICE_QUOTA',
  'SLICE',
  'SORT',
  'STDDEV',
  'SUM',
  'TIME_SERIES',
  'AND',
  'OR',
  'NOT',
  'REPEAT',
  'LINEAR',
  'ASC',
  'DESC'
])
const TOKEN =
  /\s+|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\d+(?:\.\d+)?|[A-Za-z_][\w]*|[-+*/^(),[\]]|[<>=!]=?/y

export function cloudWatchQueryProblems(q: CloudWatchQuery): CloudWatchQueryProblem[] {
  const problems: CloudWatchQueryProblem[] = []
  const ids = Object.keys(q.metrics)
  if (ids.length === 0)
    problems.push({
      path: ['metrics'],
      message: 'no metric',
      expected: 'at least one metric, such as errors: {namespace: AWS/ApplicationELB, …}'
    })
  for (const [id, m] of Object.entries(q.metrics)) problems.push(...metricProblems(id, m))
  if (q.expression === undefined && ids.length > 1)
    problems.push({
      path: ['expression'],
      message: `${ids.length} metrics and no expression, so nothing says which is the value`,
      expected: `an expression over ${ids.join(', ')}, such as ${ids[0] ?? 'a'} / ${ids[1] ?? 'b'}`
    })
  if (q.expression !== undefined) problems.push(...expressionProblems(q.expression, ids))
  if (!validPeriod(q.periodSeconds))
    problems.push({
      path: ['period'],
      message: `a period of ${q.periodSeconds}s`,
      expected: '1s, 5s, 10s, 30s or a multiple of 60s'
    })
  return problems
}

function metricProblems(id: string, m: CloudWatchMetric): CloudWatchQueryProblem[] {
  const problems: CloudWatchQueryProblem[] = []
  if (id === 'value')
    problems.push({
      path: ['metrics', id],
      message: "'value' is the id the gate gives the check's answer",
      expected: 'another id, such as errors or requests'
    })
  else if (!ID.test(id))
    problems.push({
      path: ['metrics', id],
      message: `'${id}' is not a metric id CloudWatch accepts`,
      expected: 'a lower-case letter, then letters, digits or _'
    })
  if (!STAT.test(m.stat))
    problems.push({
      path: ['metrics', id, 'stat'],
      message: `'${m.stat}' is not a CloudWatch statistic`,
      expected: 'Average, Sum, Minimum, Maximum, SampleCount, or a percentile such as p99'
    })
  return problems
}

function expressionProblems(expression: string, ids: readonly string[]): CloudWatchQueryProblem[] {
  const at = (offset: number, message: string, expected: string): CloudWatchQueryProblem => ({
    path: ['expression'],
    message: `${message} (at character ${offset + 1} of '${expression}')`,
    expected
  })
  if (expression.trim() === '') return [at(0, 'the expression is empty', 'e.g. errors / requests')]
  // A Metrics Insights query is CloudWatch's own SQL: only its brackets are checked here.
  const insights = /^\s*SELECT\s/i.test(expression)
  const open: { char: string; at: number }[] = []
  const pairs: Readonly<Record<string, string>> = { '(': ')', '[': ']' }
  TOKEN.lastIndex = 0
  let i = 0
  while (i < expression.length) {
    TOKEN.lastIndex = i
    const m = TOKEN.exec(expression)
    if (!m || m.index !== i)
      return [at(i, `unexpected '${expression[i] ?? ''}'`, 'names, numbers, operators or brackets')]
    const token = m[0]
    if (token === '(' || token === '[') open.push({ char: token, at: i })
    else if (token === ')' || token === ']') {
      const last = open.pop()
      if (!last || pairs[last.char] !== token)
        return [at(i, `unbalanced '${token}'`, last ? (pairs[last.char] ?? '') : 'no bracket')]
    } else if (!insights && /^[A-Za-z_]/.test(token)) {
      if (/^[a-z]/.test(token) && !ids.includes(token))
        return [
          at(i, `'${token}' is not one of the check's metrics`, ids.join(', ') || 'a metric id')
        ]
      if (/^[A-Z]/.test(token) && !FUNCTIONS.has(token) && !ids.includes(token))
        return [at(i, `'${token}' is not a metric math function`, 'such as SUM, FILL, RATE or IF')]
    }
    i += token.length
  }
  const unclosed = open.pop()
  return unclosed
    ? [at(unclosed.at, `'${unclosed.char}' is never closed`, pairs[unclosed.char] ?? '')]
    : []
}

function validPeriod(seconds: number): boolean {
  return [1, 5, 10, 30].includes(seconds) || (seconds >= 60 && seconds % 60 === 0)
}

/** The question in one line, for reports: the expression, else the one metric. */
export function cloudWatchText(q: CloudWatchQuery): string {
  if (q.expression !== undefined) return q.expression
  const [m] = Object.values(q.metrics)
  if (!m) return ''
  const dims = Object.entries(m.dimensions)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')
  return `${m.stat}(${m.namespace} ${m.name}${dims ? `{${dims}}` : ''})`
}
