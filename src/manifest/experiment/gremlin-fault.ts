/**
 * Reads `spec.gremlin` into the model: an attack (its command, its target and spec.duration as its
 * length) or a scenario id, and the fault site the policy checks (hosts or containers, a count or
 * a percentage, the length).
 */
import type { Issue, SourceLocation } from '../../util/errors'
import type { FaultSite } from '../adopt/adopt'
import type { GremlinSpec, GremlinTarget, TargetDeclaration } from '../model'
import type { SourceDocument } from '../read/yaml-documents'
import type { FaultPart } from './experiment-context'
import type { GremlinInput } from './gremlin-schema'

/** Arguments that set the length; the gate sets it from spec.duration instead. */
const LENGTH_FLAGS = new Set(['-l', '--length'])

/** Reads the `spec.gremlin` of an Experiment; problems go to `issues`. */
export function readGremlin(
  doc: SourceDocument,
  input: GremlinInput,
  experimentMs: number | undefined,
  issues: Issue[]
): FaultPart | undefined {
  const base = ['spec', 'gremlin']
  const found: Issue[] = []
  if ((input.attack === undefined) === (input.scenarioId === undefined))
    found.push({
      ...doc.locate(base),
      severity: 'error',
      code: 'gremlin/fault',
      message: 'spec.gremlin needs exactly one of attack and scenarioId',
      expected: 'attack (created for the run) or scenarioId (an existing scenario)'
    })
  if (experimentMs === undefined)
    found.push({
      ...doc.locate(['spec']),
      severity: 'error',
      code: 'duration/missing',
      message:
        input.scenarioId !== undefined
          ? "a Gremlin scenario needs spec.duration: the gate cannot read its attacks' lengths before it runs"
          : 'a Gremlin attack needs spec.duration: it is the length the gate gives the attack',
      expected: "spec.duration, such as '60s'"
    })
  else if (experimentMs < 1_000)
    found.push({
      ...doc.locate(['spec', 'duration']),
      severity: 'error',
      code: 'gremlin/length',
      message: 'Gremlin attacks last whole seconds; spec.duration is under one',
      expected: "spec.duration of at least '1s'"
    })
  const target = input.attack ? readTarget(doc, input.attack.target, found) : undefined
  input.attack?.args.forEach((arg, i) => {
    if (LENGTH_FLAGS.has(arg))
      found.push({
        ...doc.locate([...base, 'attack', 'args', i]),
        severity: 'error',
        code: 'gremlin/length',
        message: `args sets the length (${arg}); the gate sets it from spec.duration`,
        hint: 'Remove the -l argument and its value, and write the length as spec.duration.'
      })
  })
  issues.push(...found)
  if (found.length > 0 || experimentMs === undefined) return undefined
  const location = doc.locate(base)
  const durationLocation = doc.locate(['spec', 'duration'])
  if (input.scenarioId !== undefined) {
    const at = doc.locate([...base, 'scenarioId'])
    const spec: GremlinSpec = { scenarioId: input.scenarioId.toLowerCase() }
    const site: FaultSite = {
      kind: 'gremlin',
      action: 'scenario',
      targets: { resource: 'host', namespaces: [], mode: { kind: 'unknown' }, location: at },
      durationMs: experimentMs,
      location: at,
      durationLocation
    }
    return part(spec, 'Scenario', 'scenario', site, experimentMs)
  }
  const attack = input.attack
  if (!attack || !target) return undefined
  const spec: GremlinSpec = { attack: { type: attack.type, args: attack.args, target } }
  const site: FaultSite = {
    kind: 'gremlin',
    action: attack.type,
    targets: declaration(target, doc.locate([...base, 'attack', 'target'])),
    durationMs: experimentMs,
    location,
    durationLocation
  }
  return part(spec, 'Attack', attack.type, site, experimentMs)
}

function part(
  spec: GremlinSpec,
  kind: string,
  action: string,
  site: FaultSite,
  durationMs: number
): FaultPart {
  return {
    backend: 'gremlin',
    kind,
    action,
    fault: { kind: 'gremlin', spec },
    sites: [site],
    durationMs,
    ...(site.targets ? { targets: site.targets } : {})
  }
}

/** The target in the model, or undefined with the problems in `issues`. */
function readTarget(
  doc: SourceDocument,
  input: NonNullable<GremlinInput['attack']>['target'],
  issues: Issue[]
): GremlinTarget | undefined {
  const at = doc.locate(['spec', 'gremlin', 'attack', 'target'])
  const before = issues.length
  if ((input.hosts === undefined) === (input.containers === undefined))
    issues.push(
      problem(
        at,
        'needs exactly one of hosts and containers',
        'hosts: {tags: {...}} or containers: {labels: {...}}'
      )
    )
  if ((input.count === undefined) === (input.percent === undefined))
    issues.push(problem(at, 'needs exactly one of count and percent', 'count: 1, or percent: 25'))
  const raw = input.hosts?.tags ?? input.containers?.labels ?? {}
  if ((input.hosts || input.containers) && Object.keys(raw).length === 0)
    issues.push(
      problem(
        at,
        `selects every ${input.hosts ? 'host' : 'container'} of the team: name at least one ${input.hosts ? 'tag' : 'label'}`,
        'a tag or label that scopes the attack, such as service: checkout'
      )
    )
  if (issues.length > before) return undefined
  const match = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? [v] : [...v]])
  )
  return {
    kind: input.hosts ? 'hosts' : 'containers',
    match,
    ...(input.count === undefined ? {} : { count: input.count }),
    ...(input.percent === undefined ? {} : { percent: input.percent })
  }
}

function declaration(target: GremlinTarget, location: SourceLocation): TargetDeclaration {
  const selector = Object.entries(target.match)
    .map(([k, v]) => (v.length === 1 ? `${k}=${v[0] ?? ''}` : `${k} in (${v.join(',')})`))
    .join(',')
  return {
    resource: target.kind === 'hosts' ? 'host' : 'container',
    namespaces: [],
    labelSelector: selector,
    mode:
      target.count !== undefined
        ? { kind: 'count', count: target.count }
        : (target.percent ?? 100) >= 100
          ? { kind: 'all' }
          : { kind: 'percent', percent: target.percent ?? 100 },
    location
  }
}

function problem(at: SourceLocation, what: string, expected: string): Issue {
  return {
    ...at,
    severity: 'error',
    code: 'gremlin/target',
    message: `spec.gremlin.attack.target ${what}`,
    expected
  }
}
