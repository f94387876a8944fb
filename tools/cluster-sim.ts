/**
 * Standalone simulated cluster for demos and manual checks:
 *   npm run cluster:sim -- --kubeconfig /tmp/sim.kubeconfig [--port 6443] [--chaos-second-ms 100]
 * Writes a kubeconfig, seeds the `staging` demo namespace, starts the chaos operators against
 * the server (as API clients; --no-operators leaves that to tools/sim-operators.ts) and serves
 * until killed. --control-port N serves the fault hooks as a JSON API on 127.0.0.1:N
 * (packages/sim-cluster/README.md).
 */
import { parseArgs } from 'node:util'

import { DEMO, seedExamples, startControlServer, startSimCluster } from '@chaos-gate/sim-cluster'

const USAGE =
  'usage: npm run cluster:sim -- --kubeconfig FILE [--port N] [--chaos-second-ms MS] [--no-seed]\n' +
  '       [--no-operators] [--control-port N]'

function port(flag: string, value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65_535) {
    throw new Error(`--${flag} ${value}: expected a port number from 0 to 65535`)
  }
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kubeconfig: { type: 'string' },
      port: { type: 'string', default: '0' },
      'chaos-second-ms': { type: 'string', default: '100' },
      'no-seed': { type: 'boolean', default: false },
      'no-operators': { type: 'boolean', default: false },
      'control-port': { type: 'string' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help || !values.kubeconfig) {
    process.stderr.write(`${USAGE}\n`)
    process.exitCode = values.help ? 0 : 2
    return
  }
  const cluster = await startSimCluster({
    port: port('port', values.port),
    seedDemo: !values['no-seed'],
    runOperators: !values['no-operators'],
    timing: { chaosSecondMs: Number(values['chaos-second-ms']) },
    onControllerError: (controller, key, err) =>
      process.stderr.write(
        `controller ${controller} (${key}): ${err instanceof Error ? err.message : String(err)}\n`
      )
  })
  if (!values['no-seed']) seedExamples(cluster.objects)
  const control =
    values['control-port'] === undefined
      ? undefined
      : await startControlServer(cluster, port('control-port', values['control-port']))
  await cluster.writeKubeconfig(values.kubeconfig, { namespace: DEMO.namespace })
  process.stdout.write(
    `simulated cluster listening on ${cluster.url}\nkubeconfig written to ${values.kubeconfig}\n` +
      (control ? `control endpoint on ${control.url} (GET / lists the routes)\n` : '') +
      `try: kubectl --kubeconfig ${values.kubeconfig} get pods -n ${DEMO.namespace}\n`
  )
  const stop = (): void => {
    void Promise.all([control?.close(), cluster.close()]).then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(`cluster-sim: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
