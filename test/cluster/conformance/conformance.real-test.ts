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
import { KNOWN_DIFFERENCES, type KnownDifference } from './known-differences'
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
    const covers = (k: KnownDifference, d: Difference): boolean =>
      (k.step === '*' || k.step === d.step) && (k.path === '*' || k.path === d.path)
    const unexplained = differences.filter((d) => !KNOWN_DIFFERENCES.some((k) => covers(k, d)))
    const stale = KNOWN_DIFFERENCES.filter((k) => !differences.some((d) => covers(k, d)))
    expect({ unexplained, stale }).toEqual({ unexplained: [], stale: [] })
  } finally {
    simApi.close()
    realApi.close()
    await sim.stop()
  }
})
