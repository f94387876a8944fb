/**
 * `spec.toxiproxy` of an Experiment: a Toxiproxy server, the proxy to fault (an existing one, or
 * `listen` plus `upstream` to create one for the run) and its toxics. Toxics are written as
 * Toxiproxy's own JSON (type, stream, toxicity, attributes), so one copied from its docs works.
 */
import { z } from 'zod'

const ms = (what: string): z.ZodDefault<z.ZodInt> =>
  z.int().min(0).default(0).describe(`${what}, in milliseconds.`)

/**
 * Each toxic type with its attributes, as Toxiproxy names them (its README, "Toxics"). Built on
 * first use, like every block of the Experiment schema (experiment-schema.ts says when).
 */
const toxic = z.lazy(() => {
  /** What every toxic has besides its type and attributes. */
  const toxicBase = z.strictObject({
    name: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, {
        error: 'must be lowercase letters, digits and -'
      })
      .optional()
      .describe('Suffix of the toxic name (after the run prefix); defaults to the type.'),
    stream: z
      .enum(['upstream', 'downstream'])
      .default('downstream')
      .describe('Direction: downstream is server → client, upstream client → server.'),
    toxicity: z
      .number()
      .min(0)
      .max(1)
      .default(1)
      .describe('Share of connections the toxic applies to, 0–1 (Toxiproxy’s own scale).')
  })

  return z.discriminatedUnion('type', [
    toxicBase.extend({
      type: z.literal('latency'),
      attributes: z.strictObject({
        latency: ms('Delay added to the data'),
        jitter: ms('Random extra delay, up to this much')
      })
    }),
    toxicBase.extend({
      type: z.literal('bandwidth'),
      attributes: z.strictObject({ rate: z.int().min(0).describe('Throughput cap in KB/s.') })
    }),
    toxicBase.extend({
      type: z.literal('slow_close'),
      attributes: z.strictObject({ delay: ms('Delay before the socket closes') })
    }),
    toxicBase.extend({
      type: z.literal('timeout'),
      attributes: z.strictObject({
        timeout: ms('Data is held this long, then the connection closes; 0 holds it forever')
      })
    }),
    toxicBase.extend({
      type: z.literal('reset_peer'),
      attributes: z.strictObject({
        timeout: ms('The connection is reset (TCP RST) after this long; 0 resets at once')
      })
    }),
    toxicBase.extend({
      type: z.literal('slicer'),
      attributes: z.strictObject({
        average_size: z.int().min(1).describe('Average size of the slices, in bytes.'),
        size_variation: z.int().min(0).default(0).describe('Variation of the size, in bytes.'),
        delay: z.int().min(0).default(0).describe('Delay between slices, in microseconds.')
      })
    }),
    toxicBase.extend({
      type: z.literal('limit_data'),
      attributes: z.strictObject({
        bytes: z.int().min(1).describe('The connection closes after this many bytes.')
      })
    })
  ])
})

const hostPort = (description: string): z.ZodString =>
  z
    .string()
    .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:/[\]]+):\d{1,5}$/, {
      error: "must be host:port, such as '127.0.0.1:8080'"
    })
    .describe(description)

/** The block, built on first use (experiment-schema.ts). */
export const toxiproxySchema = z.lazy(() =>
  z
    .strictObject({
      server: z
        .string()
        .refine((url) => /^https?:\/\/[^\s/]+/.test(url), { error: 'must be an http:// URL' })
        .default('http://127.0.0.1:8474')
        .describe("The Toxiproxy server's API. ${VAR} works here."),
      proxy: z
        .string()
        .min(1)
        .optional()
        .describe('An existing proxy to add the toxics to (from its config file or API).'),
      listen: hostPort(
        'With upstream: create a proxy for the run listening here; port 0 picks a free one.'
      ).optional(),
      upstream: hostPort('With listen: the service the created proxy forwards to.').optional(),
      toxics: z
        .array(toxic)
        .min(1)
        .describe('The toxics, added when the fault starts and removed when it ends.')
    })
    .describe(
      'Toxiproxy backend: network toxics on a Toxiproxy proxy (latency, bandwidth, slow_close, timeout, reset_peer, slicer, limit_data).'
    )
)

export type ToxiproxyInput = z.output<typeof toxiproxySchema>
