/**
 * The simulated cluster installs the CRDs committed under schema/crds/ (and seeds the
 * ChaosExperiment under schema/chaos-experiments/). They are generated from the upstream corpus by
 * `npm run schemas:crds`; while the corpus is here, the committed files must be exactly what the
 * generator writes, so a corpus update or a generator change cannot go unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

import {
  CHAOS_EXPERIMENT_DIR,
  CRD_SCHEMA_DIR,
  deriveSchemaFiles,
  withoutDescriptions
} from '../../../scripts/crd-schemas'
import { describeWithCorpus, UPSTREAM_DIR } from '../../../test/upstream'

const ROOT = resolve(__dirname, '..', '..', '..')

function committedFiles(): string[] {
  return [CRD_SCHEMA_DIR, CHAOS_EXPERIMENT_DIR]
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort()
}

describeWithCorpus('the committed CRD files', () => {
  const derived = deriveSchemaFiles(UPSTREAM_DIR)

  it('are exactly the files the generator derives (run npm run schemas:crds)', () => {
    expect(committedFiles()).toEqual([...derived.keys()].sort())
  })

  it.each([...derived.keys()].sort().map((path) => [path]))(
    '%s matches the generator output (run npm run schemas:crds)',
    (path) => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(derived.get(path))
    }
  )
})

describe('dropping descriptions', () => {
  it('drops every description keyword but keeps fields named description', () => {
    const schema = {
      description: 'prose',
      type: 'object',
      required: ['description'],
      properties: {
        description: { description: 'more prose', type: 'string', enum: ['a'] },
        spec: {
          type: 'object',
          'x-kubernetes-preserve-unknown-fields': true,
          properties: { properties: { description: 'x', type: 'string', format: 'date-time' } },
          items: { description: 'x', type: 'integer' }
        }
      }
    }
    expect(withoutDescriptions(schema)).toEqual({
      type: 'object',
      required: ['description'],
      properties: {
        description: { type: 'string', enum: ['a'] },
        spec: {
          type: 'object',
          'x-kubernetes-preserve-unknown-fields': true,
          properties: { properties: { type: 'string', format: 'date-time' } },
          items: { type: 'integer' }
        }
      }
    })
  })

  it('leaves no description keyword in the committed files', () => {
    for (const path of committedFiles()) {
      // A description keyword always has a scalar value; a field called description holds a schema.
      expect(`${path}: ${readFileSync(join(ROOT, path), 'utf8')}`).not.toMatch(
        /^\s*description: \S/m
      )
    }
  })
})
