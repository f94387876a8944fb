/**
 * The action's engine over the real gate: an unusable kubeconfig input is invalid input, found
 * before the gate starts (nothing recorded, nothing injected), and the step says so.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { createGateEngine } from '../../src/action/engine-adapter'
import { runMain } from '../../src/action/run-main'
import { kubeConnector } from '../../src/backends/kube/kube-connector'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { runnerEnv, testDeps } from './fakes/action-env'
import { RecordingCore } from './fakes/recording-core'
import { GitHubServer } from './servers/github-server'

const POD_KILL = `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: api-pod-kill
  namespace: staging
spec:
  podKill:
    selector:
      matchLabels: { app: api }
    count: 1
`

let github: GitHubServer
beforeEach(async () => {
  github = await new GitHubServer().start()
})
afterEach(() => github.close())

describe('the action with an unusable kubeconfig input', () => {
  it('fails the step as invalid input before the gate starts, and records nothing', async () => {
    const env = runnerEnv(github.url)
    const workspace = env.GITHUB_WORKSPACE ?? ''
    mkdirSync(join(workspace, 'experiments'), { recursive: true })
    writeFileSync(join(workspace, 'experiments', 'kill.yaml'), POD_KILL)
    const processEnv = { HOME: workspace }
    const engine = createGateEngine({
      clock: systemClock,
      log: silentLog,
      env: processEnv,
      random: () => 0,
      pid: 1,
      isProcessAlive: () => false,
      kube: (target) => kubeConnector(target, processEnv, systemClock, silentLog),
      version: 'test'
    })
    const core = new RecordingCore({
      'github-token': 'ghs_token',
      kubeconfig: 'no-such-kubeconfig'
    })
    await runMain(testDeps({ core, env, engine }))
    const message = `Invalid input 'kubeconfig': the file ${join(workspace, 'no-such-kubeconfig')} does not exist`
    expect(core.failures).toEqual([message])
    expect(core.summary).toContain('### Chaos gate: invalid input')
    expect(core.outputs.get('verdict')).toBe('error')
    expect(existsSync(join(env.RUNNER_TEMP ?? '', 'chaos-gate'))).toBe(false)
    const [run] = github.checkRuns.values()
    expect(run).toMatchObject({ conclusion: 'failure' })
  })
})
