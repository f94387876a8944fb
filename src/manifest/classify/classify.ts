/**
 * Decides what each document is, by API group and kind, before anything reads its fields. Every
 * document gets exactly one outcome: an experiment, or recognised-but-not-run with a message saying
 * how it is treated, or an error. There is no silent fallback: a gate that skips a document someone
 * meant as an experiment would pass without testing it.
 */
import type { Issue } from '../../util/errors'
import { explainArgoWorkflow } from '../adopt/litmus/argo-workflow'
import { isRecord } from '../plain'
import type { SourceDocument } from '../read/yaml-documents'
import {
  ARGO_GROUP,
  CHAOS_MESH_GROUP,
  CHAOS_MESH_INTERNAL_KINDS,
  CHAOS_MESH_RUNNABLE_KINDS,
  CHAOS_MESH_SUPPORT_KINDS,
  EXPERIMENT_KIND,
  GATE_GROUP,
  GROUP_VERSIONS,
  ISTIO_GROUP,
  KNOWN_KINDS,
  KUBERNETES_GROUPS,
  LITMUS_GROUP,
  splitApiVersion
} from './kinds'
import { explainNotRun, hasIstioFault, isAwsFisTemplate, isToxiproxyConfig } from './not-run'
import { didYouMean } from './suggest'

/** The backend family an experiment document belongs to; `gate` is our own Experiment kind. */
export type Family = 'litmus' | 'chaos-mesh' | 'istio' | 'aws-fis' | 'gate'

/** What a document is. `label` names it for tests and reports (`chaos-mesh/PodChaos`, `aws-fis`). */
export type Classification =
  | {
      readonly outcome: 'experiment'
      readonly family: Family
      readonly kind: string
      readonly label: string
    }
  | { readonly outcome: 'not-run'; readonly label: string; readonly issue: Issue }

/** Classifies one document. */
export function classify(doc: SourceDocument): Classification {
  const value = doc.value
  if (isToxiproxyConfig(value))
    return notRun('toxiproxy-config', explainNotRun(doc, 'toxiproxy-config'))
  if (!isRecord(value))
    return notRun('invalid', issue(doc, [], 'document/not-object', notObject(value)))
  const { apiVersion, kind } = value
  if (apiVersion === undefined && kind === undefined) {
    if (isAwsFisTemplate(value)) return experiment('aws-fis', 'ExperimentTemplate', 'aws-fis')
    return notRun('invalid', issue(doc, [], 'document/not-kubernetes', NOT_KUBERNETES))
  }
  if (typeof apiVersion !== 'string' || apiVersion === '')
    return notRun(
      'invalid',
      issue(doc, ['apiVersion'], 'document/api-version', 'apiVersion is missing or not a string')
    )
  if (typeof kind !== 'string' || kind === '')
    return notRun(
      'invalid',
      issue(doc, ['kind'], 'document/kind', 'kind is missing or not a string')
    )
  const { group, version } = splitApiVersion(apiVersion)
  const versions = GROUP_VERSIONS[group]
  if (versions === undefined) return classifyOtherGroup(doc, group, kind)
  if (!versions.includes(version)) {
    return notRun(`${group}/${kind}`, {
      ...issue(
        doc,
        ['apiVersion'],
        'kind/unknown-version',
        `unknown version '${version}' of ${group}`
      ),
      expected: versions.map((v) => `${group}/${v}`).join(', ')
    })
  }
  return classifyKnownGroup(doc, group, kind)
}

function classifyKnownGroup(doc: SourceDocument, group: string, kind: string): Classification {
  const label = `${labelOf(group)}/${kind}`
  const known = KNOWN_KINDS[group] ?? []
  if (!known.includes(kind)) {
    const hint = didYouMean(kind, known)
    return notRun(label, {
      ...issue(doc, ['kind'], 'kind/unknown', `unknown kind '${kind}' in ${group}`),
      expected: known.join(', '),
      ...(hint ? { hint } : {})
    })
  }
  if (group === GATE_GROUP && kind === EXPERIMENT_KIND) return experiment('gate', kind, label)
  if (group === LITMUS_GROUP && kind === 'ChaosEngine') return experiment('litmus', kind, label)
  if (group === CHAOS_MESH_GROUP && CHAOS_MESH_RUNNABLE_KINDS.includes(kind))
    return experiment('chaos-mesh', kind, label)
  if (group === ISTIO_GROUP && kind === 'VirtualService' && hasIstioFault(doc.value))
    return experiment('istio', kind, label)
  if (group === ARGO_GROUP) return notRun(label, explainArgoWorkflow(doc, kind))
  if (group === CHAOS_MESH_GROUP && CHAOS_MESH_INTERNAL_KINDS.includes(kind))
    return notRun(label, explainNotRun(doc, 'chaos-mesh-internal'))
  if (group === CHAOS_MESH_GROUP && kind in CHAOS_MESH_SUPPORT_KINDS)
    return notRun(label, explainNotRun(doc, 'chaos-mesh-support'))
  if (group === ISTIO_GROUP)
    return notRun(
      label,
      explainNotRun(doc, kind === 'VirtualService' ? 'istio-no-fault' : 'istio-config')
    )
  return notRun(label, explainNotRun(doc, `litmus-${kind}`))
}

function classifyOtherGroup(doc: SourceDocument, group: string, kind: string): Classification {
  if (KUBERNETES_GROUPS.includes(group))
    return notRun(`kubernetes/${kind}`, explainNotRun(doc, 'kubernetes'))
  const groups = Object.keys(GROUP_VERSIONS)
  const suggestion = didYouMean(group, groups)
  return notRun('unknown', {
    ...issue(
      doc,
      ['apiVersion'],
      'kind/unknown-group',
      `unknown API group '${group}' (kind ${kind})`
    ),
    expected: `one of ${groups.join(', ')}`,
    hint:
      suggestion ??
      'Experiments are LitmusChaos ChaosEngines, Chaos Mesh objects, Istio VirtualServices with a fault, or chaos-gate.dev/v1alpha1 Experiments.'
  })
}

function labelOf(group: string): string {
  const labels: Readonly<Record<string, string>> = {
    [GATE_GROUP]: 'chaos-gate',
    [LITMUS_GROUP]: 'litmus',
    [CHAOS_MESH_GROUP]: 'chaos-mesh',
    [ISTIO_GROUP]: 'istio',
    [ARGO_GROUP]: 'argo'
  }
  return labels[group] ?? group
}

const NOT_KUBERNETES = 'not a Kubernetes object or an Experiment: apiVersion and kind are missing'

function notObject(value: unknown): string {
  const type = Array.isArray(value) ? 'a list' : `a ${typeof value}`
  return `the document is ${type}, not a mapping`
}

function experiment(family: Family, kind: string, label: string): Classification {
  return { outcome: 'experiment', family, kind, label }
}

function notRun(label: string, problem: Issue): Classification {
  return { outcome: 'not-run', label, issue: problem }
}

function issue(
  doc: SourceDocument,
  path: (string | number)[],
  code: string,
  message: string
): Issue {
  return {
    ...doc.locate(path),
    severity: 'error',
    code,
    message,
    expected:
      'an object with apiVersion and kind, for example apiVersion: chaos-gate.dev/v1alpha1 and kind: Experiment'
  }
}
