import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { runMain } from '../../../src/action/run-main'
import { runPost } from '../../../src/action/run-post'
import { runnerEnv, testDeps } from '../fakes/action-env'
import { RecordingCore } from '../fakes/recording-core'
import { gateRun, ScriptedEngine } from '../fakes/scripted-engine'
import { DEPLOYED_SHA } from '../fixtures/payloads'
import { experimentReport, failedExperiment, gateReport } from '../fixtures/report'
import { GitHubServer } from '../servers/github-server'
import { AlertmanagerServer, GrafanaServer } from '../servers/ops-servers'

let github: GitHubServer
let alertmanager: AlertmanagerServer
let grafana: GrafanaServer

beforeEach(async () => {
  github = await new GitHubServer().start()
  alertmanager = await new AlertmanagerServer().start()
  grafana = await new GrafanaServer().start()
})
afterEach(async () => {
  await github.close()
  await alertmanager.close()
  await grafana.close()
})

/** A runner whose checkout holds cart-pod-delete (namespace staging, selector app=cart). */
function env(): Record<string, string> {
  const e = runnerEnv(github.url)
  const dir = join(e.GITHUB_WORKSPACE ?? '', 'experiments')
  mkdirSync(dir, { recursive: true })
  copyFileSync(
    join(__dirname, '../../../experiments/cart-pod-delete.yaml'),
    join(dir, 'cart-pod-delete.yaml')
  )
  return e
}

const inputs = (extra: Record<string, string> = {}) => ({
  'github-token': 'ghs_x',
  'alertmanager-url': alertmanager.url,
  'grafana-url': grafana.url,
  'grafana-token': 'glsa_secret',
  ...extra
})

const aborted = () =>
  gateReport([
    failedExperiment({
      name: 'cart-pod-delete',
      verdict: 'aborted',
      fault: {
        injectedAt: Date.UTC(2026, 10, 26, 12, 0, 5),
        abortedAt: Date.UTC(2026, 10, 26, 12, 0, 20),
        removedAt: Date.UTC(2026, 10, 26, 12, 0, 21),
        abortReason: 'error-ratio = 0.25 > threshold.max 0.05'
      }
    })
  ])

describe('Alertmanager silence and Grafana annotations around a gate', () => {
  it('silences the targets before any fault, expires the silence after cleanup, and marks the fault window', async () => {
    let activeDuringRun: string[] = []
    const engine = new ScriptedEngine(() => {
      activeDuringRun = [...alertmanager.silences.values()]
        .filter((s) => s.status.state === 'active')
        .map((s) => s.id)
      return gateRun(aborted())
    })
    const core = new RecordingCore(inputs())
    await runMain(testDeps({ core, env: env(), engine }))
    const [silence, ...more] = alertmanager.silences.values()
    expect(more).toEqual([])
    expect(silence?.matchers).toEqual([
      { name: 'namespace', value: 'staging', isRegex: false, isEqual: true },
      { name: 'app', value: 'cart', isRegex: false, isEqual: true }
    ])
    expect(silence?.createdBy).toBe('chaos-gate')
    expect(silence?.comment).toContain('planned fault cart-pod-delete on staging')
    expect(activeDuringRun).toEqual([silence?.id])
    expect(silence?.status.state).toBe('expired')
    expect(core.state.get('silences')).toBe(silence?.id)
    expect(core.state.get('silences-expired')).toBe('true')

    expect(grafana.annotations.map((a) => [a.tags, a.timeEnd === undefined])).toEqual([
      [['chaos-gate', 'staging', 'cart-pod-delete', 'aborted'], false],
      [['chaos-gate', 'staging', 'cart-pod-delete', 'aborted', 'abort'], true]
    ])
    expect(grafana.annotations[0]).toMatchObject({
      time: Date.UTC(2026, 10, 26, 12, 0, 5),
      timeEnd: Date.UTC(2026, 10, 26, 12, 0, 21)
    })
    expect(grafana.requests[0]?.headers.authorization).toBe('Bearer glsa_secret')
    expect(core.secrets).toContain('glsa_secret')
  })

  it('silences nothing for a dry run, which injects nothing', async () => {
    const core = new RecordingCore(inputs({ mode: 'dry-run' }))
    await runMain(testDeps({ core, env: env(), engine: new ScriptedEngine() }))
    expect(alertmanager.requests).toEqual([])
  })

  it('annotates each named dashboard', async () => {
    const engine = new ScriptedEngine(() => gateRun(gateReport([experimentReport()])))
    const core = new RecordingCore(inputs({ 'grafana-dashboards': 'abc123\ndef456' }))
    await runMain(testDeps({ core, env: env(), engine }))
    expect(grafana.annotations.map((a) => a.dashboardUID)).toEqual(['abc123', 'def456'])
  })

  it('a failing Alertmanager or Grafana is a warning and never changes the verdict', async () => {
    alertmanager.script('POST', /silences$/, { status: 500, body: 'boom' })
    grafana.script('POST', /annotations$/, { status: 403, body: { message: 'Permissions needed' } })
    const engine = new ScriptedEngine(() => gateRun(gateReport([experimentReport()])))
    const core = new RecordingCore(inputs())
    await runMain(testDeps({ core, env: env(), engine }))
    expect(core.outputs.get('verdict')).toBe('pass')
    expect(core.failures).toEqual([])
    expect(core.messages('warning')).toEqual([
      expect.stringMatching(
        /^Alertmanager: the silence for cart-pod-delete could not be created: .*HTTP 500/
      ),
      expect.stringMatching(/^Grafana: annotating the fault window failed: .*HTTP 403/)
    ])
  })

  it('post expires the silences of a main that died before it could', async () => {
    const id = 'silence-from-main'
    alertmanager.silences.set(id, {
      id,
      matchers: [{ name: 'namespace', value: 'staging', isRegex: false }],
      startsAt: '2026-11-26T12:00:00Z',
      endsAt: '2026-11-26T12:30:00Z',
      createdBy: 'chaos-gate',
      comment: 'x',
      status: { state: 'active' }
    })
    const saved = {
      'run-id': 'mq2x5k-ab12',
      'state-dir': '/runner/temp/chaos-gate',
      sha: DEPLOYED_SHA,
      'check-name': 'chaos-gate / staging',
      progress: 'started',
      silences: id
    }
    const core = new RecordingCore(inputs(), saved)
    await runPost(testDeps({ core, env: env(), engine: new ScriptedEngine() }))
    expect(alertmanager.silences.get(id)?.status.state).toBe('expired')
    // Once main expired them, post leaves Alertmanager alone.
    const again = new RecordingCore(inputs(), { ...saved, 'silences-expired': 'true' })
    await runPost(testDeps({ core: again, env: env(), engine: new ScriptedEngine() }))
    expect(alertmanager.find('DELETE', /silence\//)).toHaveLength(1)
  })
})
