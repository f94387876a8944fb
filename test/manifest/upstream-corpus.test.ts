import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import Ajv, { type ValidateFunction } from 'ajv'
import { parseAllDocuments } from 'yaml'

import { at, isRecord } from '../../src/manifest/plain'
import { UPSTREAM_EXPECTATIONS } from '../fixtures/upstream-expectations'
import { describeWithCorpus, inspectUpstream, upstreamFiles, upstreamPath } from '../upstream'

const FAMILIES = ['litmus', 'chaos-mesh', 'istio', 'aws-fis']

describeWithCorpus('the upstream corpus', () => {
  const EXAMPLES = upstreamPath('examples')
  const files = FAMILIES.flatMap((f) => upstreamFiles('examples', f)).sort()

  describe('the upstream example corpus', () => {
    it('has every document of every file in the expectation table, and nothing else', async () => {
      const seen: string[] = []
      for (const path of files) {
        const { documents } = await inspectUpstream(path)
        seen.push(...documents.map((d) => `${relative(EXAMPLES, path)}#${d.index}`))
      }
      expect(seen.sort()).toEqual(Object.keys(UPSTREAM_EXPECTATIONS).sort())
      // Inspects all 327 files in one test: seconds on a loaded machine.
    }, 60_000)

    it.each(files.map((f) => [relative(EXAMPLES, f)]))(
      '%s is classified and judged as expected',
      async (rel) => {
        const inspection = await inspectUpstream(join(EXAMPLES, rel))
        const lines = readFileSync(join(EXAMPLES, rel), 'utf8').split('\n').length
        for (const doc of inspection.documents) {
          const expected = UPSTREAM_EXPECTATIONS[`${rel}#${doc.index}`]
          const severities = doc.result === 'invalid' ? ['error'] : ['warning', 'notice']
          const codes = [
            ...new Set(doc.issues.filter((i) => severities.includes(i.severity)).map((i) => i.code))
          ].sort()
          expect({ label: doc.label, result: doc.result, codes }).toEqual(expected)
          for (const issue of doc.issues) {
            // Every problem points into the file it is about, with a message and a stable code.
            expect(issue.file).toBe(rel)
            expect(issue.line).toBeGreaterThanOrEqual(1)
            expect(issue.line).toBeLessThanOrEqual(lines)
            expect(issue.message.length).toBeGreaterThan(10)
            expect(issue.code).toMatch(/^[a-z-]+(\/[a-z-]+)?$/)
          }
        }
      }
    )
  })

  describe('the upstream CRD schemas agree with what the gate accepts', () => {
    const validators = loadCrdValidators()

    it.each(
      files
        .filter((f) => !f.includes('aws-fis') && !f.includes('istio'))
        .map((f) => [relative(EXAMPLES, f)])
    )('%s: every accepted document is valid against its CRD', async (rel) => {
      const inspection = await inspectUpstream(join(EXAMPLES, rel))
      const docs = parseAllDocuments(readFileSync(join(EXAMPLES, rel), 'utf8'))
      for (const doc of inspection.documents.filter((d) => d.result === 'experiment')) {
        const value: unknown = docs[doc.index]?.toJS()
        const validate = validators.get(doc.label)
        expect(validate).toBeDefined()
        if (validate && !validate(value))
          throw new Error(`${rel}: ${JSON.stringify(validate.errors)}`)
      }
    })
  })
})

/** Ajv validators for the chaos-mesh.org and litmuschaos.io CRDs, keyed like document labels. */
function loadCrdValidators(): Map<string, ValidateFunction> {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
  const crdFiles = [
    ...upstreamFiles('crds', 'chaos-mesh'),
    upstreamPath('crds', 'litmus', 'chaosengine_crd.yaml')
  ]
  const validators = new Map<string, ValidateFunction>()
  for (const file of crdFiles) {
    const crd: unknown = parseAllDocuments(readFileSync(file, 'utf8'))[0]?.toJS()
    const group = at(crd, ['spec', 'group'])
    const kind = at(crd, ['spec', 'names', 'kind'])
    const schema = openApiToDraft7(at(crd, ['spec', 'versions', 0, 'schema', 'openAPIV3Schema']))
    if (typeof kind !== 'string' || !isRecord(schema)) throw new Error(`${file} is not a CRD`)
    validators.set(
      `${group === 'litmuschaos.io' ? 'litmus' : 'chaos-mesh'}/${kind}`,
      ajv.compile(schema)
    )
  }
  return validators
}

/** OpenAPI 3.0 writes exclusiveMinimum/Maximum as booleans; JSON Schema draft-07 as numbers. */
function openApiToDraft7(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApiToDraft7)
  if (node === null || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) out[k] = openApiToDraft7(v)
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum']
  ] as const) {
    if (typeof out[flag] !== 'boolean') continue
    if (out[flag] === true) {
      out[flag] = out[bound]
      delete out[bound]
    } else delete out[flag]
  }
  return out
}
