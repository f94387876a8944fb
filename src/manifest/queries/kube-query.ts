/**
 * The query language of `kubernetes` checks: one function over a workload or a label selector,
 * parsed at load so `chaos-gate validate` names a typo before any fault, and again by the source.
 *
 *   readyReplicas(deployment/checkout)            ready replicas (a floor: threshold.min)
 *   readyRatio(statefulset/db)                    ready / desired (all desired ready: min 1)
 *   restarts(deployment/checkout)                 container restarts since the first measurement
 *   notReady({app=checkout}, 30s)                 pods not Ready for longer than 30s
 *   warningEvents(deployment/checkout, BackOff|Unhealthy)  Warning events since the first measurement
 *
 * A target is `kind/name` (Deployment or StatefulSet; its pods are those its selector matches) or
 * a label selector in braces; either may be prefixed by a namespace: `staging/deployment/checkout`.
 */
import { parseDuration } from '../../util/duration'
import { labelSelectorProblem } from '../adopt/label-selector'

export type KubeFunction =
  'readyReplicas' | 'readyRatio' | 'restarts' | 'notReady' | 'warningEvents'

export const KUBE_FUNCTIONS: readonly KubeFunction[] = [
  'readyReplicas',
  'readyRatio',
  'restarts',
  'notReady',
  'warningEvents'
]

/** The workload functions need a workload; the pod functions take a workload or a selector. */
const WORKLOAD_ONLY: ReadonlySet<KubeFunction> = new Set(['readyReplicas', 'readyRatio'])

export type WorkloadKind = 'Deployment' | 'StatefulSet'

const KIND_ALIASES: Readonly<Record<string, WorkloadKind>> = {
  deployment: 'Deployment',
  deployments: 'Deployment',
  deploy: 'Deployment',
  statefulset: 'StatefulSet',
  statefulsets: 'StatefulSet',
  sts: 'StatefulSet'
}

export type KubeTarget =
  | { readonly kind: 'workload'; readonly workload: WorkloadKind; readonly name: string }
  | { readonly kind: 'selector'; readonly selector: string }

/** A parsed query. `namespace` is undefined when the experiment's namespace applies. */
export interface KubeQuery {
  readonly fn: KubeFunction
  readonly namespace?: string
  readonly target: KubeTarget
  /** notReady: pods must have been not Ready for longer than this. */
  readonly notReadyForMs?: number
  /** warningEvents: only these reasons; empty means every Warning. */
  readonly reasons: readonly string[]
}

/** Why a query does not parse, with the offset of the offending text for file:line:col. */
export interface KubeQueryProblem {
  readonly message: string
  readonly offset: number
  readonly expected: string
}

const CALL = /^(\s*)([A-Za-z]+)\s*\(([\s\S]*)\)\s*$/
const DNS_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/
const REASON = /^[A-Za-z][A-Za-z0-9]*$/
const USAGE =
  'readyReplicas(deployment/NAME), readyRatio(statefulset/NAME), restarts(TARGET), notReady(TARGET, 30s) or warningEvents(TARGET[, Reason|Reason])'

/** The query, or why it is not one. */
export function parseKubeQuery(text: string): KubeQuery | KubeQueryProblem {
  const call = CALL.exec(text)
  if (!call) return problem(`'${text.trim()}' is not a function call`, 0, USAGE)
  const [, lead = '', name = '', inner = ''] = call
  const fn = KUBE_FUNCTIONS.find((f) => f.toLowerCase() === name.toLowerCase())
  if (!fn)
    return problem(`unknown kubernetes function '${name}'`, lead.length, KUBE_FUNCTIONS.join(', '))
  const innerOffset = text.indexOf('(') + 1
  const split = splitTarget(inner)
  if ('message' in split) return { ...split, offset: innerOffset + split.offset }
  const target = parseTarget(split.target.trim())
  if ('message' in target)
    return { ...target, offset: innerOffset + inner.indexOf(split.target.trim()) + target.offset }
  if (WORKLOAD_ONLY.has(fn) && target.target.kind !== 'workload')
    return problem(
      `${fn} reads a workload's status, so it needs deployment/NAME or statefulset/NAME`,
      innerOffset,
      `${fn}(deployment/NAME)`
    )
  const argOffset = innerOffset + split.argOffset
  const base = {
    fn,
    target: target.target,
    ...(target.namespace && { namespace: target.namespace })
  }
  return withArgument(base, split.argument?.trim(), argOffset)
}

function withArgument(
  base: Omit<KubeQuery, 'reasons'>,
  argument: string | undefined,
  offset: number
): KubeQuery | KubeQueryProblem {
  if (base.fn === 'notReady') {
    const ms = argument === undefined ? undefined : parseDuration(argument)
    if (ms === undefined)
      return problem(
        argument === undefined
          ? 'notReady needs how long a pod may stay not Ready'
          : `'${argument}' is not a duration`,
        offset,
        'notReady(TARGET, 30s)'
      )
    return { ...base, notReadyForMs: ms, reasons: [] }
  }
  if (base.fn === 'warningEvents') {
    const reasons = argument === undefined ? [] : argument.split('|').map((r) => r.trim())
    const bad = reasons.find((r) => !REASON.test(r))
    if (bad !== undefined)
      return problem(`'${bad}' is not an event reason`, offset, 'reasons such as BackOff|Unhealthy')
    return { ...base, reasons }
  }
  if (argument !== undefined)
    return problem(`${base.fn} takes one argument, the target`, offset, `${base.fn}(TARGET)`)
  return { ...base, reasons: [] }
}

/** Splits `TARGET[, ARG]`, where a braced selector may itself contain commas. */
function splitTarget(
  inner: string
):
  | { readonly target: string; readonly argument?: string; readonly argOffset: number }
  | KubeQueryProblem {
  const open = inner.indexOf('{')
  const close = inner.indexOf('}')
  if (open >= 0 && close < open) return problem("the selector's '{' is not closed", open, '}')
  const from = open >= 0 ? close + 1 : 0
  const comma = inner.indexOf(',', from)
  if (comma < 0) return { target: inner, argOffset: inner.length }
  return { target: inner.slice(0, comma), argument: inner.slice(comma + 1), argOffset: comma + 1 }
}

function parseTarget(
  text: string
): { readonly target: KubeTarget; readonly namespace?: string } | KubeQueryProblem {
  const brace = text.indexOf('{')
  if (brace >= 0) {
    const prefix = text.slice(0, brace)
    const namespace = prefix.endsWith('/') ? prefix.slice(0, -1) : undefined
    if (prefix !== '' && (namespace === undefined || !DNS_NAME.test(namespace)))
      return problem(`'${prefix}' is not a namespace prefix`, 0, 'NAMESPACE/{SELECTOR}')
    if (!text.endsWith('}')) return problem('text after the selector', text.indexOf('}') + 1, ')')
    const selector = text.slice(brace + 1, -1).trim()
    const why = labelSelectorProblem(selector)
    if (why) return problem(why, brace + 1, 'a label selector such as app=checkout')
    return { target: { kind: 'selector', selector }, ...(namespace && { namespace }) }
  }
  const parts = text.split('/')
  if (parts.length < 2 || parts.length > 3)
    return problem(
      `'${text}' is not a target`,
      0,
      'deployment/NAME, statefulset/NAME or {LABEL SELECTOR}, optionally after NAMESPACE/'
    )
  const [namespace, kindText = '', name = ''] = parts.length === 3 ? parts : [undefined, ...parts]
  const workload = KIND_ALIASES[kindText.toLowerCase()]
  if (!workload)
    return problem(
      `'${kindText}' is not a workload kind`,
      text.indexOf(kindText),
      'deployment or statefulset'
    )
  if (!DNS_NAME.test(name))
    return problem(`'${name}' is not an object name`, text.lastIndexOf(name), 'a DNS-1123 name')
  if (namespace !== undefined && !DNS_NAME.test(namespace))
    return problem(`'${namespace}' is not a namespace`, 0, 'a DNS-1123 label')
  return { target: { kind: 'workload', workload, name }, ...(namespace && { namespace }) }
}

function problem(message: string, offset: number, expected: string): KubeQueryProblem {
  return { message, offset, expected }
}

export function isKubeQueryProblem(q: KubeQuery | KubeQueryProblem): q is KubeQueryProblem {
  return 'message' in q
}

/** `Deployment staging/checkout` or `pods staging/{app=checkout}`, for series labels and messages. */
export function describeKubeTarget(q: KubeQuery, namespace: string): string {
  return q.target.kind === 'workload'
    ? `${q.target.workload} ${namespace}/${q.target.name}`
    : `pods ${namespace}/{${q.target.selector}}`
}
