/**
 * The simulated Litmus and Chaos Mesh operators as API clients (tools/sim-operators.ts, issue 13
 * part 3): started against the admin kubeconfig when that file exists, and ready once they print
 * `operators ready`. No real operator can inject anything without a container runtime.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { type Component, startComponent, tail } from './processes'

export const OPERATORS_SCRIPT = join(__dirname, '..', 'sim-operators.ts')

export function operatorsAvailable(): boolean {
  return existsSync(OPERATORS_SCRIPT)
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function startOperators(
  adminKubeconfig: string,
  logDir: string,
  args: readonly string[] = [],
  timeoutMs = 60_000
): Promise<Component> {
  const operators = startComponent(
    'sim-operators',
    process.execPath,
    ['--import', 'tsx', OPERATORS_SCRIPT, '--kubeconfig', adminKubeconfig, ...args],
    logDir
  )
  let exited: string | undefined
  void operators.exited.then((code) => (exited = code))
  const deadline = Date.now() + timeoutMs
  while (!readFileSync(operators.log, 'utf8').includes('operators ready')) {
    if (exited !== undefined || Date.now() > deadline) {
      await operators.stop()
      throw new Error(
        `the simulated operators ${exited === undefined ? 'did not get ready' : `exited (${exited})`}; ` +
          `${operators.log} ends:\n${tail(operators.log)}`
      )
    }
    await sleep(100)
  }
  return operators
}
