/**
 * `npm run schema`: writes schema/experiment.schema.json from the zod schema, formatted the way
 * prettier would, so the committed file only changes when the schema does.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import {
  EXPERIMENT_SCHEMA_PATH,
  experimentJsonSchema
} from '../src/manifest/experiment/experiment-json-schema'

const path = resolve(__dirname, '..', EXPERIMENT_SCHEMA_PATH)
writeFileSync(path, `${JSON.stringify(experimentJsonSchema(), null, 2)}\n`)
process.stdout.write(`wrote ${EXPERIMENT_SCHEMA_PATH}\n`)
