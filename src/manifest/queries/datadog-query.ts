/**
 * A light syntax check of Datadog metric queries (`avg:trace.http.request.errors{service:checkout}
 * .as_rate()`), run at load so `chaos-gate validate` catches a typo: brackets must balance, and
 * every metric must be written `aggregator:metric{scope}`. Datadog itself remains the judge of
 * everything else; its 400 answer is a `query` error on the first measurement.
 */

/** Why the query is malformed, with the offset of the offending character. */
export interface DatadogQueryProblem {
  readonly message: string
  readonly offset: number
  readonly expected: string
}

const PAIRS: Readonly<Record<string, string>> = { '(': ')', '{': '}', '[': ']' }
const METRIC = /(?:^|[\s(,+\-*/])([a-z0-9_]+):([A-Za-z][\w.]*)(\{[^}]*\})?/g
const AGGREGATORS = new Set(['avg', 'sum', 'min', 'max', 'count'])

export function datadogQueryProblem(query: string): DatadogQueryProblem | undefined {
  if (query.trim() === '')
    return { message: 'the query is empty', offset: 0, expected: 'avg:METRIC{SCOPE}' }
  const brackets = bracketProblem(query)
  if (brackets) return brackets
  const metrics = [...query.matchAll(METRIC)]
  if (metrics.length === 0)
    return {
      message: 'no metric in the query',
      offset: 0,
      expected: 'aggregator:metric{scope}, such as avg:system.cpu.user{env:staging}'
    }
  for (const m of metrics) {
    const aggregator = m[1] ?? ''
    const at = (m.index ?? 0) + m[0].indexOf(aggregator)
    if (!AGGREGATORS.has(aggregator) && !/^p\d{1,2}$/.test(aggregator))
      return {
        message: `'${aggregator}' is not a space aggregator`,
        offset: at,
        expected: 'avg, sum, min, max, count or a percentile such as p99'
      }
    if (m[3] === undefined)
      return {
        message: `metric '${m[2] ?? ''}' has no scope`,
        offset: at,
        expected: '{*} or {tag:value}'
      }
  }
  return undefined
}

/**
 * A v2 formula over named queries (`errors / hits * 100`): brackets balance, and every name that
 * is not a function call (`per_second(errors)`) is one of the check's queries.
 */
export function datadogFormulaProblem(f: {
  readonly queries: Readonly<Record<string, string>>
  readonly formula: string
}): DatadogQueryProblem | undefined {
  const names = Object.keys(f.queries)
  if (names.length === 0)
    return {
      message: 'no queries for the formula',
      offset: 0,
      expected: 'queries: {a: avg:METRIC{SCOPE}}'
    }
  const bad = names.find((n) => !/^[a-z][a-z0-9_]*$/.test(n))
  if (bad !== undefined)
    return {
      message: `'${bad}' is not a query name Datadog accepts`,
      offset: 0,
      expected: 'lower-case letters, digits and _'
    }
  for (const m of f.formula.matchAll(/[A-Za-z_][\w]*/g)) {
    const after = f.formula.slice((m.index ?? 0) + m[0].length).trimStart()
    if (after.startsWith('(') || names.includes(m[0])) continue
    return {
      message: `'${m[0]}' is not one of the check's queries`,
      offset: m.index ?? 0,
      expected: names.join(', ')
    }
  }
  return bracketProblem(f.formula)
}

/** The first bracket that is never closed or closes the wrong one. */
function bracketProblem(query: string): DatadogQueryProblem | undefined {
  const open: { char: string; at: number }[] = []
  for (let i = 0; i < query.length; i++) {
    const c = query[i] ?? ''
    if (PAIRS[c]) open.push({ char: c, at: i })
    else if (Object.values(PAIRS).includes(c)) {
      const last = open.pop()
      if (!last || PAIRS[last.char] !== c)
        return {
          message: `unbalanced '${c}'`,
          offset: i,
          expected: last ? (PAIRS[last.char] ?? '') : 'no closing bracket'
        }
    }
  }
  const unclosed = open.pop()
  if (unclosed)
    return {
      message: `'${unclosed.char}' is never closed`,
      offset: unclosed.at,
      expected: PAIRS[unclosed.char] ?? ''
    }
  return undefined
}
