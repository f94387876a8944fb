/**
 * Dispatches a backend object to its reader by family, and turns a standalone backend object into
 * an Experiment with defaults from the settings.
 */
import type { Issue } from '../../util/errors'
import type { Family } from '../classify/classify'
import { DNS_LABEL_PATTERN } from '../experiment/schema-primitives'
import type { Experiment } from '../model'
import { isRecord } from '../plain'
import type { SourceDocument } from '../read/yaml-documents'
import type { AdoptContext, AdoptResult, FaultSite } from './adopt'
import { adoptChaosMesh } from './chaos-mesh/chaos-mesh'
import { adoptIstio } from './istio'
import { adoptLitmus } from './litmus/litmus'

/** An experiment with the fault sites the policy checks, and the document it came from. */
export interface Planned {
  readonly experiment: Experiment
  readonly sites: readonly FaultSite[]
  readonly doc: SourceDocument
}

/** Reads a backend object of a known family. */
export function adoptObject(
  family: Exclude<Family, 'gate' | 'aws-fis'>,
  value: unknown,
  ctx: AdoptContext
): AdoptResult {
  if (!isRecord(value)) return { issues: [] }
  if (family === 'litmus') return adoptLitmus(value, ctx)
  if (family === 'chaos-mesh') return adoptChaosMesh(value, ctx)
  return adoptIstio(value, ctx)
}

/** A backend object committed as-is becomes an experiment named after the object. */
export function plannedFromObject(
  doc: SourceDocument,
  family: Exclude<Family, 'gate' | 'aws-fis'>,
  namespace: string | undefined
): { planned?: Planned; issues: readonly Issue[] } {
  const result = adoptObject(family, doc.value, {
    locate: doc.locate,
    base: [],
    ...(namespace === undefined ? {} : { namespace })
  })
  const adopted = result.adopted
  if (!adopted) return { issues: result.issues }
  const nameProblem = experimentNameProblem(adopted.name)
  if (nameProblem) {
    return {
      issues: [
        ...result.issues,
        {
          ...doc.locate(['metadata', 'name']),
          severity: 'error',
          code: 'name/invalid',
          message: nameProblem,
          hint: 'Rename the object, or wrap it in an Experiment whose metadata.name is a DNS-1123 label.'
        }
      ]
    }
  }
  const experiment: Experiment = {
    name: adopted.name ?? '',
    source: doc.start,
    locate: doc.locate,
    backend: adopted.backend,
    kind: adopted.kind,
    fault: { kind: 'kube-object', object: adopted.object },
    expect: 'pass',
    ...(adopted.action === undefined ? {} : { action: adopted.action }),
    ...(adopted.namespace === undefined ? {} : { namespace: adopted.namespace }),
    ...(adopted.targets === undefined ? {} : { targets: adopted.targets }),
    ...(adopted.durationMs === undefined ? {} : { durationMs: adopted.durationMs })
  }
  return { planned: { experiment, sites: adopted.sites, doc }, issues: result.issues }
}

/** Why `name` cannot name an experiment, or undefined. */
export function experimentNameProblem(name: string | undefined): string | undefined {
  if (name === undefined || name === '')
    return 'the object has no metadata.name (or generateName) to name the experiment'
  if (name.length > 63 || !DNS_LABEL_PATTERN.test(name)) {
    return `'${name}' cannot name an experiment: it must be a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)`
  }
  return undefined
}
