/**
 * The conformance diff (issue 13 part 5): the same scripted request sequence (script.ts) against
 * the simulator and the real API server, answer by answer. Every difference must be one that
 * docs/sim-cluster.md lists and explains (known-differences.ts); a new one fails, and so does a
 * listed one that no longer happens, so the simulator stays honest and the list stays true.
 * The whole diff is written to reports/conformance-diff.json for reading.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { Api, credentialsFromKubeconfig } from '../../../tools/real-cluster/api'
import { startSimulatedCluster } from '../../e2e/standalone'
import { realKubeconfigs } from '../target'
import { KNOWN_DIFFERENCES } from './known-differences'
import { diff, type Difference } from './normalize'
import { runScript } from './script'

jest.setTimeout(120_000)

it('the simulator answers the scripted sequence as the real API server does, but for the documented differences', async () => {
  const sim = await startSimulatedCluster()
  const simApi = new Api(credentialsFromKubeconfig(sim.kubeconfig))
  const realApi = new Api(credentialsFromKubeconfig(realKubeconfigs().admin))
  try {
    const [simT, realT] = [await runScript(simApi), await runScript(realApi)]
    expect([...simT.keys()]).toEqual([...realT.keys()])
    const differences: Difference[] = [...realT.keys()].flatMap((step) =>
      diff(step, simT.get(step), realT.get(step))
    )
    const dir = join(__dirname, '..', '..', '..', 'reports')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'conformance-diff.json'),
      JSON.stringify(
        { differences, sim: Object.fromEntries(simT), real: Object.fromEntries(realT) },
        null,
        2
      )
    )
    const found = differences.map((d) => `${d.step} ${d.path}`).sort()
    const known = KNOWN_DIFFERENCES.map((d) => `${d.step} ${d.path}`).sort()
    expect(found).toEqual(known)
  } finally {
    simApi.close()
    realApi.close()
    await sim.stop()
  }
})
