import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { stringify } from 'yaml'

import { isRecord } from '../../src/manifest/plain'
import { parseDocuments } from '../../src/manifest/read/yaml-documents'
import { inspectTexts, ROOT } from './inspect'

/** A small deterministic PRNG (mulberry32), so a failure can be reproduced from its seed. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const REPLACEMENTS: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  '',
  'x',
  '<x>',
  true,
  [],
  [1, 'a'],
  {},
  { a: { b: 1 } },
  '1h',
  '150',
  '${UNSET}'
]

/** Every path to a node in `value`. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at]
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...at, i])))
  if (isRecord(value))
    return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k])))
  return here
}

function replaceAt(
  value: unknown,
  path: readonly (string | number)[],
  replacement: unknown
): unknown {
  const [head, ...rest] = path
  if (head === undefined) return replacement
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value
    return items.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v))
  }
  if (isRecord(value)) return { ...value, [head]: replaceAt(value[head], rest, replacement) }
  return value
}

const SOURCES = [
  'experiments/checkout-latency-slo.yaml',
  'experiments/cart-pod-delete.yaml',
  'experiments/payments-pod-kill.yaml',
  'experiments/checkout-network-delay.yaml',
  'experiments/ratings-delay.yaml',
  'test/fixtures/manifests/workflow.yaml',
  'test/fixtures/manifests/http-proxy.yaml',
  'test/fixtures/manifests/wrapped-schedule.yaml'
]

describe('mutated manifests', () => {
  it.each(SOURCES.map((s, i) => [s, 1000 + i]))(
    '%s: 150 random type swaps never crash the loader (seed %i)',
    async (source, seed) => {
      const [doc] = parseDocuments(source, readFileSync(join(ROOT, source), 'utf8')).documents
      const next = random(seed)
      const all = paths(doc?.value)
      const files: Record<string, string> = {}
      for (let i = 0; i < 150; i++) {
        const path = all[Math.floor(next() * all.length)] ?? []
        const replacement = REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]
        const mutated: unknown = replaceAt(doc?.value, path, replacement)
        files[`m${i}.yaml`] = stringify(mutated)
      }
      const result = await inspectTexts(files, { namespace: 'staging' })
      // A mutation that empties the document (a null root) is skipped; none may throw.
      expect(result.documents.length).toBeGreaterThan(100)
      for (const d of result.documents) {
        // Each mutation is either still a valid experiment or rejected with located errors.
        if (d.result === 'invalid')
          expect(d.issues.some((i) => i.severity === 'error' && i.line >= 1)).toBe(true)
      }
    }
  )
})
