/**
 * AWS FIS faults: `spec.awsFis` of an Experiment (an inline template, or `templateId` for one that
 * exists), and a template committed on its own, which becomes an experiment named after its
 * `Name` tag or its file.
 */
import { basename, extname } from 'node:path'

import type { Issue } from '../../util/errors'
import type { Planned } from '../adopt/adopt-object'
import { experimentNameProblem } from '../adopt/adopt-object'
import { readFisTemplate } from '../adopt/aws-fis-template'
import type { AwsFisSpec, Locate } from '../model'
import { stringAt } from '../plain'
import type { SourceDocument } from '../read/yaml-documents'
import type { FaultPart } from './experiment-context'

/** The Experiment schema's `spec.awsFis`. */
export interface AwsFisInput {
  readonly template?: Readonly<Record<string, unknown>> | undefined
  readonly templateId?: string | undefined
  readonly region?: string | undefined
}

/** Reads `spec.awsFis`; `experimentMs` is spec.duration, needed for an existing template. */
export function readAwsFis(
  doc: SourceDocument,
  input: AwsFisInput,
  experimentMs: number | undefined,
  issues: Issue[]
): FaultPart | undefined {
  const base = ['spec', 'awsFis']
  const region = input.region === undefined ? {} : { region: input.region }
  if ((input.template === undefined) === (input.templateId === undefined)) {
    issues.push({
      ...doc.locate(base),
      severity: 'error',
      code: 'aws-fis/template',
      message: 'spec.awsFis needs exactly one of template and templateId',
      expected: 'template (created for the run) or templateId (an existing one)'
    })
    return undefined
  }
  if (input.templateId !== undefined) {
    if (experimentMs === undefined) {
      issues.push({
        ...doc.locate(['spec']),
        severity: 'error',
        code: 'duration/missing',
        message:
          "an existing FIS template needs spec.duration: the gate cannot read its actions' durations before preflight",
        expected: "spec.duration, the template's longest action, such as '10m'"
      })
      return undefined
    }
    const location = doc.locate([...base, 'templateId'])
    const spec: AwsFisSpec = { templateId: input.templateId, ...region }
    return {
      backend: 'aws-fis',
      kind: 'ExperimentTemplate',
      fault: { kind: 'aws-fis', spec },
      sites: [
        {
          kind: 'aws-fis',
          targets: { resource: 'cloud', namespaces: [], mode: { kind: 'unknown' }, location },
          durationMs: experimentMs,
          location,
          durationLocation: doc.locate(['spec', 'duration'])
        }
      ],
      durationMs: experimentMs
    }
  }
  return templatePart(
    input.template,
    (p) => doc.locate([...base, 'template', ...p]),
    experimentMs,
    issues,
    input.region
  )
}

/** A template (inline, or a faultRef to a template file) as the fault of an Experiment. */
export function templatePart(
  value: unknown,
  locate: Locate,
  experimentMs: number | undefined,
  issues: Issue[],
  region?: string
): FaultPart | undefined {
  const { read, issues: found } = readFisTemplate(value, locate, [])
  issues.push(...found)
  if (!read) return undefined
  const durationMs = read.durationMs ?? experimentMs
  return {
    backend: 'aws-fis',
    kind: 'ExperimentTemplate',
    action: read.action,
    fault: {
      kind: 'aws-fis',
      spec: { template: read.template, ...(region === undefined ? {} : { region }) }
    },
    sites: read.sites,
    locate,
    ...(durationMs === undefined ? {} : { durationMs }),
    ...targetsOf(read.sites)
  }
}

/** A template committed on its own, as an experiment. */
export function plannedFromFisTemplate(doc: SourceDocument): {
  planned?: Planned
  issues: readonly Issue[]
} {
  const { read, issues } = readFisTemplate(doc.value, doc.locate, [])
  if (!read) return { issues }
  const name = templateName(doc)
  const problem = experimentNameProblem(name)
  if (problem)
    return {
      issues: [
        ...issues,
        {
          ...doc.locate(['tags', 'Name']),
          severity: 'error',
          code: 'name/invalid',
          message: problem,
          hint: 'Give the template a Name tag that is a DNS-1123 label, or wrap it in an Experiment.'
        }
      ]
    }
  return {
    planned: {
      experiment: {
        name,
        source: doc.start,
        locate: doc.locate,
        backend: 'aws-fis',
        kind: 'ExperimentTemplate',
        action: read.action,
        fault: { kind: 'aws-fis', spec: { template: read.template } },
        expect: 'pass',
        ...(read.durationMs === undefined ? {} : { durationMs: read.durationMs }),
        ...targetsOf(read.sites)
      },
      sites: read.sites,
      doc
    },
    issues
  }
}

/** The `Name` tag made a DNS label, else the file's name (with the document index after the first). */
function templateName(doc: SourceDocument): string {
  const tag = stringAt(doc.value, ['tags', 'Name'])
  const raw = tag ?? basename(doc.file, extname(doc.file)) + (doc.index > 0 ? `-${doc.index}` : '')
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
}

/** The first counted target, so `plan` and reports show a count. */
function targetsOf(sites: Planned['sites']): Pick<FaultPart, 'targets'> {
  const first = sites.find((s) => s.targets)?.targets
  return first ? { targets: first } : {}
}
