/**
 * The fault of an Experiment document: inline backend object, faultRef, httpProxy or podKill, read
 * into the backend, kind, targets and duration the rest of the experiment needs.
 */
import type { Issue } from '../../util/errors'
import type { FaultSite } from '../adopt/adopt'
import { adoptObject } from '../adopt/adopt-object'
import { classify } from '../classify/classify'
import { at } from '../plain'
import type { SourceDocument } from '../read/yaml-documents'
import { readAwsFis, templatePart } from './aws-fis-fault'
import type { ExperimentContext, FaultPart } from './experiment-context'
import type { ExperimentInput } from './experiment-schema'
import { readGremlin } from './gremlin-fault'
import { podKillSite, toPodKill, toProxyFault } from './native-faults'
import { durationMs } from './schema-primitives'
import { readToxiproxy } from './toxiproxy-fault'

export function readFault(
  doc: SourceDocument,
  input: ExperimentInput,
  ctx: ExperimentContext,
  issues: Issue[]
): FaultPart | undefined {
  const spec = input.spec
  const namespace = input.metadata.namespace ?? ctx.namespace
  const experimentMs = spec.duration === undefined ? undefined : durationMs(spec.duration)
  const durationLocation = doc.locate(['spec', 'duration'])
  if (spec.httpProxy) {
    const { spec: proxy, action } = toProxyFault(spec.httpProxy)
    if (action === '')
      issues.push({
        ...doc.locate(['spec', 'httpProxy']),
        severity: 'error',
        code: 'http-proxy/no-fault',
        message: 'httpProxy injects nothing',
        expected: 'at least one of latency, error, reset, bandwidth'
      })
    if (experimentMs === undefined)
      issues.push({
        ...doc.locate(['spec']),
        severity: 'error',
        code: 'duration/missing',
        message: 'an httpProxy fault needs spec.duration: how long the proxy injects faults',
        expected: "spec.duration, such as '60s'"
      })
    if (experimentMs === undefined || action === '') return undefined
    const site: FaultSite = {
      kind: 'http-proxy',
      action,
      durationMs: experimentMs,
      location: doc.locate(['spec', 'httpProxy']),
      durationLocation
    }
    return {
      backend: 'local',
      kind: 'http-proxy',
      action,
      fault: { kind: 'http-proxy', spec: proxy },
      sites: [site],
      durationMs: experimentMs
    }
  }
  if (spec.podKill) return readPodKill(doc, spec.podKill, namespace, issues)
  if (spec.toxiproxy) return readToxiproxy(doc, spec.toxiproxy, experimentMs, issues)
  if (spec.awsFis) return readAwsFis(doc, spec.awsFis, experimentMs, issues)
  if (spec.gremlin) return readGremlin(doc, spec.gremlin, experimentMs, issues)
  const inner =
    spec.fault !== undefined
      ? inlineDocument(doc)
      : resolveRef(doc, spec.faultRef ?? '', ctx, issues)
  if (!inner) return undefined
  const classified = classify(inner)
  if (classified.outcome !== 'experiment' || classified.family === 'gate') {
    const why =
      classified.outcome === 'experiment'
        ? { code: 'experiment/nested', message: 'an Experiment cannot wrap another Experiment' }
        : classified.issue
    issues.push({
      ...(classified.outcome === 'experiment' ? inner.start : classified.issue),
      severity: 'error',
      code: why.code ?? 'experiment/fault',
      message: `the fault is not runnable: ${why.message}`
    })
    return undefined
  }
  if (classified.family === 'aws-fis')
    return templatePart(inner.value, inner.locate, experimentMs, issues)
  const result = adoptObject(classified.family, inner.value, {
    locate: inner.locate,
    base: [],
    wrapped: true,
    ...(namespace === undefined ? {} : { namespace }),
    ...(experimentMs === undefined ? {} : { durationMs: experimentMs, durationLocation })
  })
  issues.push(...result.issues)
  const a = result.adopted
  if (!a) return undefined
  return {
    backend: a.backend,
    kind: a.kind,
    fault: { kind: 'kube-object', object: a.object },
    sites: a.sites,
    locate: inner.locate,
    ...(a.action === undefined ? {} : { action: a.action }),
    ...(a.namespace === undefined ? {} : { namespace: a.namespace }),
    ...(a.targets === undefined ? {} : { targets: a.targets }),
    ...(a.durationMs === undefined ? {} : { durationMs: a.durationMs })
  }
}

function readPodKill(
  doc: SourceDocument,
  input: NonNullable<ExperimentInput['spec']['podKill']>,
  fallback: string | undefined,
  issues: Issue[]
): FaultPart | undefined {
  const namespace = input.namespace ?? fallback
  if (namespace === undefined) {
    issues.push({
      ...doc.locate(['spec', 'podKill']),
      severity: 'error',
      code: 'namespace/missing',
      message:
        'podKill names no namespace, and there is no metadata.namespace or namespace setting',
      expected: 'podKill.namespace, metadata.namespace, or --namespace'
    })
    return undefined
  }
  const read = toPodKill(input, namespace)
  if ('problem' in read) {
    issues.push({
      ...doc.locate(['spec', 'podKill', 'selector']),
      severity: 'error',
      code: 'pod-kill/selector',
      message: read.problem
    })
    return undefined
  }
  const site = podKillSite(read.spec, doc.locate(['spec', 'podKill']))
  return {
    backend: 'kubernetes',
    kind: 'pod-kill',
    action: 'pod-kill',
    namespace,
    fault: { kind: 'pod-kill', spec: read.spec },
    sites: [site],
    ...(site.targets ? { targets: site.targets } : {})
  }
}

/** The inline `spec.fault` object seen as a document of its own, with positions in the outer file. */
function inlineDocument(doc: SourceDocument): SourceDocument {
  const base = ['spec', 'fault']
  return {
    file: doc.file,
    index: doc.index,
    value: at(doc.value, base),
    locate: (p) => doc.locate([...base, ...p]),
    start: doc.locate(base)
  }
}

function resolveRef(
  doc: SourceDocument,
  ref: string,
  ctx: ExperimentContext,
  issues: Issue[]
): SourceDocument | undefined {
  const found = ctx.resolveRef(ref, doc)
  if ('issue' in found) {
    issues.push(found.issue)
    return undefined
  }
  return found.doc
}
