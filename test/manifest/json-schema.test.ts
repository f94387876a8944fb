import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import Ajv from 'ajv'
import { parseAllDocuments } from 'yaml'

import {
  EXPERIMENT_SCHEMA_PATH,
  experimentJsonSchema
} from '../../src/manifest/experiment/experiment-json-schema'

const ROOT = resolve(__dirname, '../..')
const committed: unknown = JSON.parse(readFileSync(join(ROOT, EXPERIMENT_SCHEMA_PATH), 'utf8'))

/** Every Experiment document in experiments/ and the test fixtures, as written. */
function experimentDocuments(): [string, unknown][] {
  const dirs = ['experiments', 'test/fixtures/manifests', 'test/fixtures/manifests/fault-ref']
  return dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) =>
        parseAllDocuments(readFileSync(join(ROOT, dir, f), 'utf8'))
          .map((d) => {
            const value: unknown = d.toJS()
            return value
          })
          .filter(
            (v) => typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'Experiment'
          )
          .map((v): [string, unknown] => [`${dir}/${f}`, v])
      )
  )
}

describe('schema/experiment.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema (run it after changing the schema)', () => {
    expect(committed).toEqual(experimentJsonSchema())
  })

  const validate = new Ajv({ strict: false, allErrors: true }).compile(experimentJsonSchema())

  it.each(experimentDocuments())('accepts %s, as an editor would', (_file, doc) => {
    expect(validate(doc) ? [] : validate.errors).toEqual([])
  })

  it('flags a misspelt field and a second fault, as the loader does', () => {
    const doc = {
      apiVersion: 'chaos-gate.dev/v1alpha1',
      kind: 'Experiment',
      metadata: { name: 'x' },
      spec: { podKill: { selector: 'a=b' }, httpProxy: { upstream: 'http://x' }, duraton: '1m' }
    }
    expect(validate(doc)).toBe(false)
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(
      expect.arrayContaining(['/spec additionalProperties', '/spec oneOf'])
    )
  })
})
