/**
 * Reads `spec.toxiproxy` into the model: which proxy (existing, or created for the run), the toxics
 * with their names, and the single fault site policy checks (kind `toxiproxy`, one action per
 * toxic type, the traffic share the toxicity declares).
 */
import type { Issue, SourceLocation } from '../../util/errors'
import type { FaultSite } from '../adopt/adopt'
import type { DocPath, TargetDeclaration, ToxicSpec, ToxiproxySpec } from '../model'
import type { SourceDocument } from '../read/yaml-documents'
import type { FaultPart } from './experiment-context'
import type { ToxiproxyInput } from './toxiproxy-schema'

/** Reads the `spec.toxiproxy` of an Experiment; problems go to `issues`. */
export function readToxiproxy(
  doc: SourceDocument,
  input: ToxiproxyInput,
  experimentMs: number | undefined,
  issues: Issue[]
): FaultPart | undefined {
  const read = toToxiproxyFault(input, doc.locate)
  if ('issues' in read) issues.push(...read.issues)
  if (experimentMs === undefined)
    issues.push({
      ...doc.locate(['spec']),
      severity: 'error',
      code: 'duration/missing',
      message: 'a toxiproxy fault needs spec.duration: how long the toxics stay on',
      expected: "spec.duration, such as '60s'"
    })
  if ('issues' in read || experimentMs === undefined) return undefined
  const site = toxiproxySite(
    read.spec,
    read.action,
    experimentMs,
    doc.locate(['spec', 'toxiproxy']),
    doc.locate(['spec', 'duration'])
  )
  return {
    backend: 'toxiproxy',
    kind: 'toxiproxy',
    action: read.action,
    fault: { kind: 'toxiproxy', spec: read.spec },
    sites: [site],
    durationMs: experimentMs,
    ...(site.targets ? { targets: site.targets } : {})
  }
}

/** The model of a `toxiproxy` fault and its action (`latency+reset_peer`), or the issues. */
export function toToxiproxyFault(
  input: ToxiproxyInput,
  locate: (path: DocPath) => SourceLocation
): { spec: ToxiproxySpec; action: string } | { issues: Issue[] } {
  const base = ['spec', 'toxiproxy']
  const issues: Issue[] = []
  const creates = input.listen !== undefined || input.upstream !== undefined
  if (input.proxy !== undefined && creates)
    issues.push(problem(locate([...base, 'proxy']), 'names a proxy and also asks to create one'))
  else if (
    input.proxy === undefined &&
    (input.listen === undefined || input.upstream === undefined)
  )
    issues.push(
      problem(
        locate(base),
        input.proxy === undefined && !creates
          ? 'names no proxy'
          : 'needs both listen and upstream to create a proxy'
      )
    )
  const toxics: ToxicSpec[] = input.toxics.map((t) => ({
    name: t.name ?? t.type.replace(/_/g, '-'),
    type: t.type,
    stream: t.stream,
    toxicity: t.toxicity,
    attributes: t.attributes
  }))
  toxics.forEach((t, i) => {
    if (toxics.findIndex((o) => o.name === t.name) !== i)
      issues.push({
        ...locate([...base, 'toxics', i]),
        severity: 'error',
        code: 'toxiproxy/duplicate-toxic',
        message: `two toxics are named '${t.name}'`,
        hint: 'Give each toxic of the same type its own name.'
      })
  })
  if (issues.length > 0) return { issues }
  const spec: ToxiproxySpec = {
    server: input.server.replace(/\/+$/, ''),
    toxics,
    ...(input.proxy !== undefined
      ? { proxy: input.proxy }
      : { create: { listen: input.listen ?? '', upstream: input.upstream ?? '' } })
  }
  return { spec, action: [...new Set(toxics.map((t) => t.type))].join('+') }
}

/** The one fault site: traffic through one proxy, the largest toxicity as its share. */
export function toxiproxySite(
  spec: ToxiproxySpec,
  action: string,
  durationMs: number,
  location: SourceLocation,
  durationLocation: SourceLocation
): FaultSite {
  const percent = Math.max(...spec.toxics.map((t) => t.toxicity)) * 100
  const targets: TargetDeclaration = {
    resource: 'traffic',
    namespaces: [],
    mode: percent >= 100 ? { kind: 'all' } : { kind: 'percent', percent },
    location
  }
  return { kind: 'toxiproxy', action, targets, durationMs, location, durationLocation }
}

function problem(at: SourceLocation, what: string): Issue {
  return {
    ...at,
    severity: 'error',
    code: 'toxiproxy/proxy',
    message: `spec.toxiproxy ${what}`,
    expected: 'either proxy (an existing proxy) or listen and upstream (a proxy for the run)'
  }
}
