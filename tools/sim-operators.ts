/**
 * The simulated Litmus and Chaos Mesh operators, as clients of any Kubernetes API server:
 *   node --import tsx tools/sim-operators.ts --kubeconfig FILE [--chaos-second-ms MS] ...
 * Prints `operators ready` on stdout once every watch is open, runs until SIGTERM or SIGINT.
 */
import { parseArgs } from 'node:util'

import { connectionFromKubeconfig, startOperators } from '@chaos-gate/sim-cluster'

const USAGE =
  'usage: node --import tsx tools/sim-operators.ts --kubeconfig FILE [--chaos-second-ms MS]\n' +
  '       [--operator-step-ms MS] [--retry-ms MS] [--no-litmus] [--no-chaos-mesh]'

function milliseconds(flag: string, value: string): number {
  const ms = Number(value)
  if (!Number.isFinite(ms) || ms < 0) {
    throw new Error(`--${flag} ${value}: expected a number of milliseconds, such as 1000`)
  }
  return ms
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kubeconfig: { type: 'string' },
      'chaos-second-ms': { type: 'string', default: '100' },
      'operator-step-ms': { type: 'string', default: '10' },
      'retry-ms': { type: 'string', default: '50' },
      'no-litmus': { type: 'boolean', default: false },
      'no-chaos-mesh': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help || !values.kubeconfig) {
    process.stderr.write(`${USAGE}\n`)
    process.exitCode = values.help ? 0 : 2
    return
  }
  const operators = await startOperators({
    connection: connectionFromKubeconfig(values.kubeconfig),
    timing: {
      chaosSecondMs: milliseconds('chaos-second-ms', values['chaos-second-ms']),
      operatorStepMs: milliseconds('operator-step-ms', values['operator-step-ms']),
      retryMs: milliseconds('retry-ms', values['retry-ms'])
    },
    enabled: { litmus: !values['no-litmus'], chaosMesh: !values['no-chaos-mesh'] },
    onError: (component, key, err) =>
      process.stderr.write(
        `${component}${key ? ` (${key})` : ''}: ${err instanceof Error ? err.message : String(err)}\n`
      )
  })
  if (!operators.litmus && !operators.chaosMesh) {
    await operators.stop()
    throw new Error(
      'the API server serves neither litmuschaos.io/v1alpha1 nor chaos-mesh.org/v1alpha1 (or both were switched off): install the CRDs first, e.g. kubectl apply -f schema/crds/litmus/ -f schema/crds/chaos-mesh/'
    )
  }
  const running = [operators.litmus && 'litmus', operators.chaosMesh && 'chaos-mesh'].filter(
    Boolean
  )
  process.stderr.write(`sim-operators: ${running.join(', ')} watching ${values.kubeconfig}\n`)
  process.stdout.write('operators ready\n')
  const stop = (): void => {
    void operators.stop().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(`sim-operators: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
