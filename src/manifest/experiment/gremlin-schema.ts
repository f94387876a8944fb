/**
 * `spec.gremlin` of an Experiment: an attack the gate creates through Gremlin's REST API (a
 * command with its arguments, and hosts by tag or containers by label, a count or a percentage of
 * them), or the id of a scenario that exists in Gremlin. An attack's length is spec.duration, so
 * the blast-radius policy sees it before anything runs.
 */
import { z } from 'zod'

/** Gremlin's attack types, as its API names them in `command.type`. */
export const GREMLIN_COMMANDS = [
  'cpu',
  'memory',
  'io',
  'disk',
  'process_exhaustion',
  'shutdown',
  'time_travel',
  'process_killer',
  'blackhole',
  'latency',
  'packet_loss',
  'dns',
  'certificate_expiry'
] as const

/** The block, built on first use (experiment-schema.ts). */
export const gremlinSchema = z.lazy(() => {
  const values = z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .describe('One value, or several of which any matches.')

  const selector = (what: string): z.ZodRecord<z.ZodString, typeof values> =>
    z.record(z.string().min(1), values).describe(`${what}; every key must match.`)

  const target = z
    .strictObject({
      hosts: z
        .strictObject({ tags: selector('Client tags (zone, service, os-type, ...)') })
        .optional()
        .describe('Hosts whose Gremlin client has these tags.'),
      containers: z
        .strictObject({ labels: selector('Container labels') })
        .optional()
        .describe('Containers with these labels.'),
      count: z.int().min(1).optional().describe('How many of the matching targets, at random.'),
      percent: z
        .number()
        .gt(0)
        .max(100)
        .optional()
        .describe('Which share of the matching targets, at random, 1–100.')
    })
    .describe('What the attack hits: hosts or containers, and a count or a percentage.')

  const attack = z.strictObject({
    type: z.enum(GREMLIN_COMMANDS).describe("The attack, as Gremlin's API names it."),
    args: z
      .array(z.string())
      .default([])
      .describe(
        "The command's arguments as the Gremlin CLI takes them (['-c', '1']); not -l: spec.duration is the length."
      ),
    target
  })

  return z
    .strictObject({
      attack: attack.optional().describe('An attack created for the run.'),
      scenarioId: z
        .string()
        .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
          error: "must be a scenario's id, a UUID such as '522ceaff-995f-43f4-acea-ff995f03f44e'"
        })
        .optional()
        .describe('A scenario that exists in Gremlin, run as it is; needs spec.duration.')
    })
    .describe(
      'Gremlin backend: an attack or a scenario through the REST API (team id and API key from the gremlin-team-id and gremlin-api-key inputs, or GREMLIN_TEAM_ID and GREMLIN_API_KEY).'
    )
})

export type GremlinInput = z.output<typeof gremlinSchema>
