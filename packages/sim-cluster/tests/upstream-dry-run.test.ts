import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describeWithCorpus } from '../../../test/upstream'
import { isObject, type JsonObject, parseJson, stringAt } from '../src/core/json'
import { nameOf } from '../src/core/meta'
import { ResourceRegistry } from '../src/resources/registry'
import type { SimCluster } from '../src/sim-cluster'
import { call, startFast } from './harness'
import { exampleDocuments, namespaceFor } from './upstream-examples'

/**
 * Every upstream Litmus and Chaos Mesh example whose kind has a CRD here, sent as a
 * server-side dry run (dryRun=All, fieldValidation=Strict, as `kubectl apply --dry-run=server`
 * sends it). The outcome of each document is pinned in fixtures/upstream-dry-run.json (accept,
 * or the status code and causes of the rejection), so a change in validation shows up as a diff
 * to review. Regenerate with UPDATE_SIM_FIXTURES=1 after checking the difference is intended.
 */
const FIXTURE = join(__dirname, 'fixtures', 'upstream-dry-run.json')

interface Outcome {
  readonly kind: string
  readonly name: string
  readonly verdict: 'accept' | 'reject'
  readonly code?: number
  readonly causes?: readonly string[]
}

function causesOf(status: JsonObject): string[] {
  const details = status['details']
  const causes =
    isObject(details) && Array.isArray(details['causes']) ? details['causes'].filter(isObject) : []
  if (causes.length === 0) return [stringAt(status, 'message') ?? '']
  return causes.map((c) => `${stringAt(c, 'field') ?? ''}: ${stringAt(c, 'message') ?? ''}`)
}

describeWithCorpus('upstream examples through server-side dry-run', () => {
  let cluster: SimCluster
  const registry = new ResourceRegistry()
  const documents = [...exampleDocuments('litmus'), ...exampleDocuments('chaos-mesh')].filter(
    (doc) =>
      registry.findByKind(
        stringAt(doc.object, 'apiVersion') ?? '',
        stringAt(doc.object, 'kind') ?? ''
      )
  )

  beforeAll(async () => {
    cluster = await startFast({ operators: { litmus: false, chaosMesh: false } })
    for (const ns of new Set(documents.map((d) => namespaceFor(d.object)))) {
      await call(cluster, 'POST', '/api/v1/namespaces', { body: { metadata: { name: ns } } })
    }
  })
  afterAll(() => cluster.close())

  it('covers the corpus (ChaosEngine, ChaosExperiment, ChaosSchedule and the Chaos Mesh kinds)', () => {
    const kinds = new Set(documents.map((d) => stringAt(d.object, 'kind')))
    expect(documents.length).toBeGreaterThan(250)
    for (const kind of [
      'ChaosEngine',
      'ChaosExperiment',
      'ChaosSchedule',
      'PodChaos',
      'NetworkChaos',
      'Schedule',
      'Workflow',
      'StatusCheck'
    ]) {
      expect(kinds).toContain(kind)
    }
  })

  it('accepts or rejects each document exactly as pinned in the fixture', async () => {
    const outcomes: Record<string, Outcome> = {}
    for (const doc of documents) {
      const type = registry.findByKind(
        stringAt(doc.object, 'apiVersion') ?? '',
        stringAt(doc.object, 'kind') ?? ''
      )
      if (!type) continue
      const [group, version] = type.group
        ? [type.group, (stringAt(doc.object, 'apiVersion') ?? '').split('/')[1]]
        : ['', 'v1']
      const prefix = group ? `/apis/${group}/${version ?? ''}` : '/api/v1'
      const scope = type.namespaced ? `/namespaces/${namespaceFor(doc.object)}` : ''
      const reply = await call(
        cluster,
        'POST',
        `${prefix}${scope}/${type.plural}?dryRun=All&fieldValidation=Strict`,
        { body: doc.object }
      )
      const base = { kind: type.kind, name: nameOf(doc.object) }
      outcomes[doc.id] =
        reply.status === 201
          ? { ...base, verdict: 'accept' }
          : { ...base, verdict: 'reject', code: reply.status, causes: causesOf(reply.body) }
    }
    if (process.env['UPDATE_SIM_FIXTURES'] === '1')
      writeFileSync(FIXTURE, `${JSON.stringify(outcomes, null, 2)}\n`)
    const pinned = parseJson(readFileSync(FIXTURE, 'utf8'))
    expect(outcomes).toEqual(pinned)
  })
})
