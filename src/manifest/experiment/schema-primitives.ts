/**
 * Small zod building blocks shared by the Experiment and policy schemas: durations, percentages,
 * names. Each carries a pattern (so the JSON Schema helps editors) and a message fit for users.
 */
import { z } from 'zod'

import { parseDuration } from '../../util/duration'

/** The Go/Prometheus duration syntax, plus `d` and `w` as Prometheus accepts them. */
export const DURATION_PATTERN = /^(0|((\d+(\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d|w))+)$/

/** A duration string such as `30s`, `5m` or `1m30s`. */
export function duration(description: string): z.ZodString {
  return z
    .string()
    .regex(DURATION_PATTERN, { error: "must be a duration like '30s', '5m' or '1m30s'" })
    .describe(description)
}

/** Milliseconds of a string the duration schema accepted. */
export function durationMs(text: string): number {
  return parseDuration(text) ?? 0
}

const PERCENT_PATTERN = /^\d+(\.\d+)?%$/

/** A share written as a fraction (`0.5`) or a percentage (`50%`). */
export function fraction(description: string): z.ZodUnion<readonly [z.ZodNumber, z.ZodString]> {
  return z
    .union([
      z.number().min(0),
      z
        .string()
        .regex(PERCENT_PATTERN, { error: "must be a fraction like 0.5 or a percentage like '50%'" })
    ])
    .describe(description)
}

/** A share written as a percentage number (`50`, meaning 50 %) or a string (`'50%'`). */
export function percent(description: string): z.ZodUnion<readonly [z.ZodNumber, z.ZodString]> {
  return z
    .union([
      z.number().min(0).max(100),
      z.string().regex(PERCENT_PATTERN, { error: "must be a percentage like 50 or '50%'" })
    ])
    .describe(description)
}

/** The fraction a `fraction()` value stands for. */
export function toFraction(value: number | string): number {
  // `99.9e-2`, not 99.9 / 100: the decimal is parsed exactly as written (0.999, not 0.9990000000000001).
  return typeof value === 'number' ? value : Number(`${value.slice(0, -1)}e-2`)
}

/** The percentage (0–100) a `percent()` value stands for. */
export function toPercent(value: number | string): number {
  return typeof value === 'number' ? value : Number(value.slice(0, -1))
}

/** RFC 1123 label, as Kubernetes requires for names that become parts of object names. */
export const DNS_LABEL_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

/** An experiment name: a DNS-1123 label of at most 63 characters. */
export function dnsLabel(description: string): z.ZodString {
  return z
    .string()
    .max(63, { error: 'must be at most 63 characters' })
    .regex(DNS_LABEL_PATTERN, {
      error:
        "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit"
    })
    .describe(description)
}
