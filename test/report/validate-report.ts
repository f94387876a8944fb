import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import Ajv2020 from 'ajv/dist/2020'

const schema: unknown = JSON.parse(
  readFileSync(join(__dirname, '../../schema/report.schema.json'), 'utf8')
)

/** Validates report JSON against schema/report.schema.json; returns every problem found. */
export function validateReport(json: string): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  const validate = ajv.compile(schema as object)
  if (validate(JSON.parse(json))) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
}
