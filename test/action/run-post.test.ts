import { runPost } from '../../src/action/run-post'
import { runnerEnv, testDeps } from './fakes/action-env'
import { RecordingCore } from './fakes/recording-core'
import { ScriptedEngine } from './fakes/scripted-engine'
import { DEPLOYED_SHA } from './fixtures/payloads'
import { GitHubServer } from './servers/github-server'
import { SlackServer } from './servers/slack-server'

let github: GitHubServer
let slack: SlackServer

beforeEach(async () => {
  github = await new GitHubServer().start()
  slack = await new SlackServer().start()
})
afterEach(async () => {
  await github.close()
  await slack.close()
})

const inputs = () => ({ 'github-token': 'ghs_x', 'slack-webhook-url': slack.webhookUrl })

function savedState(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'run-id': 'mq2x5k-ab12',
    'state-dir': '/runner/temp/chaos-gate',
    sha: DEPLOYED_SHA,
    'check-name': 'chaos-gate / staging',
    progress: 'started',
    ...extra
  }
}

/** The check run main opened and never completed. */
function openCheckRun() {
  return github.seedCheckRun({
    name: 'chaos-gate / staging',
    head_sha: DEPLOYED_SHA,
    status: 'in_progress',
    conclusion: null
  })
}

async function post(engine: ScriptedEngine, state: Record<string, string>) {
  const core = new RecordingCore(inputs(), state)
  await runPost(testDeps({ core, env: runnerEnv(github.url), engine }))
  return core
}

describe('runPost', () => {
  it('does nothing when main started no run', async () => {
    const engine = new ScriptedEngine()
    const core = await post(engine, {})
    expect(engine.cleanups).toEqual([])
    expect(core.logs).toEqual([
      'Chaos gate post: main started no run, so there is nothing to clean up.'
    ])
  })

  it('after main was killed mid-fault: cleans up by label, concludes the check run failure, alerts Slack, fails the job', async () => {
    const open = openCheckRun()
    const engine = new ScriptedEngine(undefined, () => ({
      status: 'running',
      submitted: ['checkout-latency'],
      stopped: [],
      reports: [
        { deleted: ['PodChaos shop/gate-mq2x5k-ab12-checkout-latency'], stuck: [], errors: [] }
      ]
    }))
    const core = await post(engine, savedState({ 'check-run-id': String(open.id) }))
    expect(engine.cleanups[0]).toMatchObject({
      runId: 'mq2x5k-ab12',
      stateDir: '/runner/temp/chaos-gate',
      sha: DEPLOYED_SHA
    })
    const closed = github.checkRuns.get(open.id)
    expect(closed?.conclusion).toBe('failure')
    expect(closed?.output.title).toBe('No verdict: main ended before it reported')
    expect(closed?.output.summary).toContain(
      '- Main stopped before it reported: it crashed or was killed.'
    )
    // The same links main's check run had, read again from the deployment_status payload.
    expect(closed?.output.summary).toContain(
      '**Environment** [staging](https://shop.staging.acme.example)'
    )
    expect(closed?.output.summary).toContain(
      '[Deployment log](https://argocd.acme.example/applications/shop-staging)'
    )
    expect(closed?.output.summary).toContain(
      '- Cleanup by label removed 1 object(s) left behind: PodChaos shop/gate-mq2x5k-ab12-checkout-latency.'
    )
    expect(slack.messages[0]?.text).toMatch(
      /^:warning: Chaos gate could not run on staging .*main stopped before it reported/
    )
    // Main never wrote a verdict, so the job must not read as green.
    expect(core.failures).toEqual([
      expect.stringMatching(/^Chaos gate run mq2x5k-ab12: main ended without a verdict/)
    ])
    expect(core.summary).toContain('### Chaos gate post step')
  })

  it('after main was cancelled: closes the check run as cancelled and leaves the job to the cancellation', async () => {
    const open = openCheckRun()
    const engine = new ScriptedEngine(undefined, () => ({
      status: 'interrupted',
      submitted: [],
      stopped: [],
      reports: [{ deleted: [], stuck: [], errors: [] }]
    }))
    const core = await post(
      engine,
      savedState({ 'check-run-id': String(open.id), progress: 'interrupted' })
    )
    const closed = github.checkRuns.get(open.id)
    expect(closed?.conclusion).toBe('cancelled')
    expect(closed?.output.title).toBe('Cancelled before a verdict')
    expect(core.failures).toEqual([])
  })

  it('names the recorded fault it aborted and removed, which the label sweep then no longer finds', async () => {
    const open = openCheckRun()
    const engine = new ScriptedEngine(undefined, () => ({
      status: 'running',
      submitted: ['checkout-delay'],
      stopped: ['NetworkChaos shop/gate-mq2x5k-ab12-checkout-delay'],
      reports: [{ deleted: [], stuck: [], errors: [] }]
    }))
    const core = await post(engine, savedState({ 'check-run-id': String(open.id) }))
    const summary = github.checkRuns.get(open.id)?.output.summary ?? ''
    expect(summary).toContain(
      '- Faults main never cleaned up, aborted and now gone: NetworkChaos shop/gate-mq2x5k-ab12-checkout-delay.'
    )
    expect(summary).not.toContain('found nothing left behind')
    expect(core.summary).toContain('aborted and now gone')
    // Removed, but main never decided anything: the job still fails.
    expect(core.failures).toEqual([expect.stringMatching(/main ended without a verdict/)])
  })

  it('says no fault was recorded, not that none was submitted, when the label sweep finds one anyway', async () => {
    const open = openCheckRun()
    // Killed after creating the object, before recording its handle in the run-state file.
    const engine = new ScriptedEngine(undefined, () => ({
      status: 'running',
      submitted: [],
      stopped: [],
      reports: [
        { deleted: ['PodChaos shop/gate-mq2x5k-ab12-checkout-latency'], stuck: [], errors: [] }
      ]
    }))
    await post(engine, savedState({ 'check-run-id': String(open.id) }))
    const summary = github.checkRuns.get(open.id)?.output.summary ?? ''
    expect(summary).toContain('- No fault was recorded as submitted.')
    expect(summary).toContain(
      '- Cleanup by label removed 1 object(s) left behind: PodChaos shop/gate-mq2x5k-ab12-checkout-latency.'
    )
  })

  it('leaves a completed check run alone, and writes no second summary after a clean run', async () => {
    const done = github.seedCheckRun({ name: 'chaos-gate / staging', head_sha: DEPLOYED_SHA })
    const core = await post(
      new ScriptedEngine(),
      savedState({ 'check-run-id': String(done.id), progress: 'finished' })
    )
    expect(github.updatesOf(done.id)).toEqual([])
    expect(slack.requests).toEqual([])
    expect(core.summary).toBe('')
  })

  it('makes no GitHub call when main recorded the check run as completed', async () => {
    await post(
      new ScriptedEngine(),
      savedState({ 'check-run-id': '42', 'check-run-completed': 'true', progress: 'finished' })
    )
    expect(github.requests).toEqual([])
  })

  it('fails the job and alerts Slack when a fault could not be removed', async () => {
    const stuck = {
      ref: 'NetworkChaos shop/gate-x',
      reason: 'finalizer still present after 60s',
      inspect: 'kubectl -n shop get networkchaos gate-x -o yaml'
    }
    const engine = new ScriptedEngine(undefined, () => ({
      status: 'interrupted',
      submitted: ['x'],
      stopped: [],
      reports: [{ deleted: [], stuck: [stuck], errors: [] }]
    }))
    const core = await post(engine, savedState({ progress: 'interrupted' }))
    expect(core.messages('error')[0]).toBe(
      'NetworkChaos shop/gate-x is still present: finalizer still present after 60s. Inspect it with: kubectl -n shop get networkchaos gate-x -o yaml'
    )
    expect(core.failures).toEqual([
      expect.stringMatching(
        /^Chaos gate run mq2x5k-ab12 left fault objects that cleanup could not remove/
      )
    ])
    expect(slack.messages[0]?.text).toMatch(/could not remove 1 fault object/)
  })

  it('treats a cleanup that could not run as a fault that may still be there', async () => {
    const engine = new ScriptedEngine(undefined, () => {
      throw new Error('kubernetes: list podchaos failed: connect ECONNREFUSED')
    })
    const core = await post(
      engine,
      savedState({ progress: 'finished', 'check-run-completed': 'true' })
    )
    expect(core.messages('error')[0]).toBe(
      'cleanup of run mq2x5k-ab12 failed: kubernetes: list podchaos failed: connect ECONNREFUSED'
    )
    expect(core.failures).toHaveLength(1)
  })

  it('keeps a GitHub failure while closing the check run a warning', async () => {
    github.script(
      'GET',
      /check-runs\/\d+$/,
      { status: 500, body: { message: 'boom' } },
      { status: 500, body: { message: 'boom' } }
    )
    const core = await post(
      new ScriptedEngine(),
      savedState({ 'check-run-id': '9001', progress: 'interrupted' })
    )
    expect(core.messages('warning')).toEqual([
      expect.stringMatching(/^Closing check run #9001 failed: .*HTTP 500/)
    ])
    expect(core.failures).toEqual([])
  })
})
