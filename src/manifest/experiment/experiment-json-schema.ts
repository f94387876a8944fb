/**
 * The JSON Schema of the Experiment kind, generated from the zod schema (the single source of
 * truth) for editors: `# yaml-language-server: $schema=…/schema/experiment.schema.json`.
 * `npm run schema` writes it; a test fails when the committed file differs.
 */
import { z } from 'zod'

import { experimentSchema, FAULT_KEYS } from './experiment-schema'

/** Where the committed schema lives, relative to the repository root. */
export const EXPERIMENT_SCHEMA_PATH = 'schema/experiment.schema.json'

/** The JSON Schema (draft-07, which editors support best) of an Experiment document as written. */
export function experimentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(experimentSchema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any'
  })
  const spec = generated.properties?.spec
  // "Exactly one fault" is a refinement in code; spell it out for editors.
  const withFaults =
    spec !== undefined && typeof spec === 'object'
      ? {
          ...generated,
          properties: {
            ...generated.properties,
            spec: { ...spec, oneOf: FAULT_KEYS.map((k) => ({ required: [k] })) }
          }
        }
      : generated
  return {
    ...withFaults,
    $id: 'https://chaos-gate.dev/schema/experiment.schema.json',
    title: 'Chaos Gate Experiment'
  }
}
