/**
 * Every upstream Chaos Mesh example the manifest validator accepts must also pass the API server's
 * own validation: each is submitted as a server-side dry run, exactly as the gate would create it,
 * to the simulated cluster (which validates against the upstream CRDs and runs the Chaos Mesh
 * webhooks). A rejection the gate could not have foreseen would be a validator gap; the table
 * below must stay empty unless an entry says why.
 */
import { relative } from 'node:path'

import { objectToSubmit } from '../../../src/backends/chaos-mesh/submit'
import { runLabels } from '../../../src/backends/labels'
import { errorMessage } from '../../../src/util/errors'
import { describeWithCorpus, inspectUpstream, upstreamFiles, upstreamPath } from '../../upstream'
import { type KubeSim, startKubeSim } from './sim-harness'

/** Accepted by the validator but refused by the API server, with the reason. */
const KNOWN_REJECTIONS: Readonly<Record<string, string>> = {}

describeWithCorpus('the Chaos Mesh upstream examples', () => {
  const EXAMPLES = upstreamPath('examples')

  let k: KubeSim
  beforeAll(async () => {
    k = await startKubeSim()
  })
  afterAll(() => k.close())

  it('every Chaos Mesh example the validator accepts passes the server-side dry run', async () => {
    const accepted: string[] = []
    const rejected: Record<string, string> = {}
    for (const path of upstreamFiles('examples', 'chaos-mesh')) {
      const inspection = await inspectUpstream(path)
      for (const plan of inspection.plans) {
        if (!plan.runnable || plan.experiment.backend !== 'chaos-mesh') continue
        const key = `${relative(EXAMPLES, path)}#${plan.experiment.name}`
        accepted.push(key)
        // The namespace is the gate's to choose; schema validation and admission are what is tested.
        const object = objectToSubmit(
          plan.experiment,
          { runId: 'dry', labels: runLabels('dry', plan.experiment.name) },
          'staging'
        )
        try {
          await k.conn.objects.create(object, { dryRun: true })
        } catch (err) {
          rejected[key] = errorMessage(err)
        }
      }
    }
    if (process.env.CHAOS_GATE_MEASURE) process.stdout.write(`${accepted.length} accepted\n`)
    expect(accepted.length).toBeGreaterThan(10)
    expect(rejected).toEqual(KNOWN_REJECTIONS)
    // The control: the same path refuses what the CRD forbids.
    await expect(
      k.conn.objects.create(
        {
          apiVersion: 'chaos-mesh.org/v1alpha1',
          kind: 'PodChaos',
          metadata: { name: 'bad', namespace: 'staging' },
          spec: { action: 'pod-explode', mode: 'one', selector: {} }
        },
        { dryRun: true }
      )
    ).rejects.toMatchObject({ status: 422 })
    // A dry run persists nothing.
    expect(k.sim.objects.list('chaos-mesh.org/v1alpha1', 'PodChaos')).toEqual([])
  }, 60_000)
})
