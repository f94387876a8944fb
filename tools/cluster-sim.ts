/**
 * Standalone simulated cluster for demos and manual checks:
 *   npm run cluster:sim -- --kubeconfig /tmp/sim.kubeconfig [--port 6443] [--chaos-second-ms 100]
 * Writes a kubeconfig, seeds the `staging` demo namespace, starts the chaos operators against
 * the server (as API clients; --no-operators leaves that to tools/sim-operators.ts) and serves
 * until killed.
 */
import { parseArgs } from 'node:util'

import { DEMO, seedExamples } from '../test/sim-cluster/seed'
import { startSimCluster } from '../test/sim-cluster/sim-cluster'

const USAGE =
  'usage: npm run cluster:sim -- --kubeconfig FILE [--port N] [--chaos-second-ms MS] [--no-seed]\n' +
  '       [--no-operators]'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kubeconfig: { type: 'string' },
      port: { type: 'string', default: '0' },
      'chaos-second-ms': { type: 'string', default: '100' },
      'no-seed': { type: 'boolean', default: false },
      'no-operators': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help || !values.kubeconfig) {
    process.stderr.write(`${USAGE}\n`)
    process.exitCode = values.help ? 0 : 2
    return
  }
  const cluster = await startSimCluster({
    port: Number(values.port),
    seedDemo: !values['no-seed'],
    runOperators: !values['no-operators'],
    timing: { chaosSecondMs: Number(values['chaos-second-ms']) },
    onControllerError: (controller, key, err) =>
      process.stderr.write(
        `controller ${controller} (${key}): ${err instanceof Error ? err.message : String(err)}\n`
      )
  })
  if (!values['no-seed']) seedExamples(cluster.objects)
  await cluster.writeKubeconfig(values.kubeconfig, { namespace: DEMO.namespace })
  process.stdout.write(
    `simulated cluster listening on ${cluster.url}\nkubeconfig written to ${values.kubeconfig}\n` +
      `try: kubectl --kubeconfig ${values.kubeconfig} get pods -n ${DEMO.namespace}\n`
  )
  const stop = (): void => {
    void cluster.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(`cluster-sim: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
