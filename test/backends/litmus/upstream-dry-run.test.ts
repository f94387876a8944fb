/**
 * Every upstream Litmus example the manifest validator accepts must also pass the API server's
 * own schema validation: each is submitted as a server-side dry run, exactly as the gate would
 * create it, to the simulated cluster (which validates against the upstream CRDs). A rejection
 * the gate could not have foreseen would be a validator gap; the table below must stay empty
 * unless an entry says why.
 */
import { relative } from 'node:path'

import { isRecord } from '../../../src/backends/kube/status'
import { runLabels } from '../../../src/backends/labels'
import { engineToSubmit } from '../../../src/backends/litmus/litmus-engine'
import { errorMessage } from '../../../src/util/errors'
import { describeWithCorpus, inspectUpstream, upstreamFiles, upstreamPath } from '../../upstream'
import { type LitmusSim, startLitmusSim } from './sim-harness'

/** Accepted by the validator but refused by the API server, with the reason. */
const KNOWN_REJECTIONS: Readonly<Record<string, string>> = {}

describeWithCorpus('the Litmus upstream examples', () => {
  const EXAMPLES = upstreamPath('examples')

  let cluster: LitmusSim
  beforeAll(async () => {
    cluster = await startLitmusSim()
  })
  afterAll(async () => {
    await cluster.close()
  })

  it('every Litmus example the validator accepts passes the server-side dry run', async () => {
    const accepted: string[] = []
    let control: Promise<unknown> | undefined
    const rejected: Record<string, string> = {}
    for (const path of upstreamFiles('examples', 'litmus')) {
      const inspection = await inspectUpstream(path)
      for (const plan of inspection.plans) {
        if (!plan.runnable || plan.experiment.backend !== 'litmus') continue
        const key = `${relative(EXAMPLES, path)}#${plan.experiment.name}`
        accepted.push(key)
        // The namespace is the gate's to choose; schema validation is what is tested here.
        const engine = engineToSubmit(
          plan.experiment,
          { runId: 'dry', labels: runLabels('dry', plan.experiment.name) },
          'staging'
        )
        // The control: the same engine with a value its CRD forbids must be refused.
        control ??= cluster.conn.objects
          .create(
            {
              ...engine,
              spec: { ...(isRecord(engine.spec) ? engine.spec : {}), jobCleanUpPolicy: 'keep' }
            },
            { dryRun: true }
          )
          .catch((err: unknown) => err)
        try {
          await cluster.conn.objects.create(engine, { dryRun: true })
        } catch (err) {
          rejected[key] = errorMessage(err)
        }
      }
    }
    if (process.env.CHAOS_GATE_MEASURE)
      process.stdout.write(`${accepted.length} accepted: ${accepted.join(', ')}\n`)
    expect(accepted.length).toBeGreaterThan(5)
    expect(await control).toMatchObject({
      status: 422,
      causes: [{ field: 'spec.jobCleanUpPolicy' }]
    })
    expect(rejected).toEqual(KNOWN_REJECTIONS)
    // A dry run persists nothing.
    expect(cluster.sim.objects.list('litmuschaos.io/v1alpha1', 'ChaosEngine')).toEqual([])
  }, 60_000)
})
