/**
 * Argo Workflows (as ChaosCenter generates them) embed Litmus objects as YAML strings in
 * `raw.data` artifacts. The gate does not run Argo; it names the embedded ChaosEngines and says how
 * to run them directly, instead of failing on a workflow it cannot read.
 */
import { parseAllDocuments } from 'yaml'

import type { Issue } from '../../../util/errors'
import type { DocPath } from '../../model'
import { isRecord, listAt, stringAt } from '../../plain'
import type { SourceDocument } from '../../read/yaml-documents'

/** One object embedded in a workflow artifact. */
interface Embedded {
  readonly kind: string
  readonly name: string
  readonly path: DocPath
}

/** The issue for an Argo Workflow, CronWorkflow or template. */
export function explainArgoWorkflow(doc: SourceDocument, kind: string): Issue {
  const embedded = embeddedObjects(doc.value)
  const engines = embedded.filter((e) => e.kind === 'ChaosEngine')
  const first = engines[0]
  const where = doc.locate(first?.path ?? ['kind'])
  const base = { ...where, severity: 'error' as const, code: 'argo/unsupported' }
  if (!first) {
    return {
      ...base,
      message: `an Argo ${kind} with no embedded ChaosEngine; the gate does not run Argo workflows`,
      hint: 'Run it with Argo, or move it out of the experiments globs.'
    }
  }
  const names = engines.map((e) => e.name).join(', ')
  return {
    ...base,
    message: `an Argo ${kind} that runs ${engines.length} ChaosEngine${engines.length === 1 ? '' : 's'} (${names}) from raw.data artifacts; the gate does not run Argo workflows yet`,
    hint: 'Copy each ChaosEngine out of its raw.data into its own file under experiments/ (replace {{workflow.parameters.*}} with real values); install the ChaosExperiments it uses with your Litmus setup.'
  }
}

/** Kubernetes objects found in the workflow's `raw.data` artifacts, in document order. */
function embeddedObjects(workflow: unknown): Embedded[] {
  const specPaths: DocPath[] = [['spec'], ['spec', 'workflowSpec']]
  const found: Embedded[] = []
  for (const specPath of specPaths) {
    listAt(workflow, [...specPath, 'templates']).forEach((template, t) => {
      listAt(template, ['inputs', 'artifacts']).forEach((artifact, a) => {
        const data = stringAt(artifact, ['raw', 'data'])
        if (data === undefined) return
        const path = [...specPath, 'templates', t, 'inputs', 'artifacts', a, 'raw', 'data']
        for (const object of readObjects(data)) found.push({ ...object, path })
      })
    })
  }
  return found
}

/**
 * The kind and name of each object in an artifact. The text often contains Argo `{{…}}`
 * expressions that are not valid YAML until Argo substitutes them, so a regex is the fallback.
 */
function readObjects(data: string): { kind: string; name: string }[] {
  try {
    const docs = parseAllDocuments(data, { prettyErrors: false, logLevel: 'error' })
    const objects = docs.flatMap((d) => {
      if (d.errors.length > 0) return []
      const value: unknown = d.toJS({ maxAliasCount: 10 })
      if (!isRecord(value) || typeof value.kind !== 'string') return []
      const name =
        stringAt(value, ['metadata', 'name']) ?? stringAt(value, ['metadata', 'generateName'])
      return [{ kind: value.kind, name: name ?? 'unnamed' }]
    })
    if (objects.length > 0) return objects
  } catch {
    // Fall through to the textual scan.
  }
  const kind = /^\s*kind:\s*["']?(\w+)/m.exec(data)?.[1]
  const name = /^\s*(?:generateName|name):\s*["']?([^\s"'#]+)/m.exec(data)?.[1]
  return kind === undefined ? [] : [{ kind, name: name ?? 'unnamed' }]
}
