/**
 * The bundled action, run as the runner runs it: dist/main.js then dist/post.js as separate node
 * processes, with INPUT_* variables, a real-shaped deployment_status payload, the file commands
 * (GITHUB_OUTPUT, GITHUB_STATE → STATE_* for post, GITHUB_STEP_SUMMARY), the recording GitHub API
 * and Slack servers, and the local backend in front of the demo service. Real time, on loopback.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type DemoService, startDemoService } from '../../../src/demo/demo-service'
import { systemClock } from '../../../src/util/clock'
import { DEPLOYED_SHA, DEPLOYMENT_STATUS_PATH } from '../fixtures/payloads'
import { GitHubServer } from '../servers/github-server'
import { SlackServer } from '../servers/slack-server'
import { ActionJob } from './action-job'
import { bundleAction } from './bundle'
import { runStep } from './runner-step'

jest.setTimeout(90_000)

const MANIFESTS = join(__dirname, 'experiments')

let dist: string
let github: GitHubServer
let slack: SlackServer
let demo: DemoService

beforeAll(async () => {
  dist = bundleAction()
  demo = await startDemoService({ clock: systemClock, random: Math.random })
}, 240_000)
afterAll(() => demo.close())

beforeEach(async () => {
  github = await new GitHubServer().start()
  slack = await new SlackServer().start()
})
afterEach(async () => {
  await github.close()
  await slack.close()
})

/** A fresh job running `experiments` (from ./experiments) against the demo service. */
function job(experiments: string[], env: Record<string, string> = {}): ActionJob {
  return new ActionJob({
    dist,
    githubUrl: github.url,
    manifests: readdirSync(MANIFESTS).map((name) => join(MANIFESTS, name)),
    with: {
      experiments: ActionJob.experimentsInput(experiments),
      'github-token': 'ghs_e2e_token',
      'slack-webhook-url': slack.webhookUrl
    },
    env: { CHAOS_GATE_DEMO_URL: demo.url, ...env }
  })
}

function checkRuns() {
  return [...github.checkRuns.values()]
}

/** True when nothing listens on the proxy's port any more: the fault is gone with it. */
function refused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname)
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
}

describe('the bundled action on deployment_status', () => {
  it('runs the gate, reports to GitHub and Slack, fails the job, and post finds nothing left', async () => {
    const j = job(['e2e-latency', 'e2e-errors'])
    const m = await j.main()
    expect({ exit: m.exitCode, stderr: m.stderr }).toEqual({ exit: 1, stderr: '' })

    const [create, ...updates] = github.requests.filter((r) => r.path.includes('/check-runs'))
    expect(create).toMatchObject({ method: 'POST', path: '/repos/acme/shop/check-runs' })
    expect(create?.body).toMatchObject({
      name: 'chaos-gate / staging',
      head_sha: DEPLOYED_SHA,
      status: 'in_progress',
      external_id: m.state['run-id']
    })
    expect(updates.map((u) => u.method)).toEqual(['PATCH'])
    expect(updates[0]?.body).toMatchObject({ status: 'completed', conclusion: 'failure' })
    const [run] = checkRuns()
    expect(run?.output.title).toBe('Failed: 1 of 2 experiments (aborted 1)')
    expect(run?.output.summary).toContain(
      '**Environment** [staging](https://shop.staging.acme.example)'
    )
    expect(run?.output.summary).toContain(
      '[Workflow run](https://github.com/acme/shop/actions/runs/4242/attempts/1)'
    )
    expect(run?.annotations).toEqual([
      expect.objectContaining({ path: 'experiments/e2e-errors.yaml', annotation_level: 'failure' })
    ])

    expect(m.summary).toContain('**Commit** [`3f2a9c1`](https://github.com/acme/shop/commit/')
    expect(m.summary).toContain('e2e-latency')
    expect(m.summary).toContain('```mermaid')
    expect(m.stdout).toMatch(
      /::error title=chaos-gate%3A e2e-errors aborted,file=experiments\/e2e-errors.yaml,line=\d+/
    )
    // One foldable group per experiment and phase; the verdict lines stay outside them.
    const groups = m.stdout.split('\n').filter((l) => l.startsWith('::group::'))
    expect(groups).toEqual(
      expect.arrayContaining(['::group::e2e-latency · before', '::group::e2e-errors · during'])
    )
    expect(m.stdout.split('::group::').length).toBe(m.stdout.split('::endgroup::').length)
    expect(m.stdout).toMatch(/^::add-matcher::.*chaos-gate-problem-matcher\.json$/m)

    expect(m.outputs).toMatchObject({
      verdict: 'aborted',
      passed: '1',
      failed: '1',
      'run-id': m.state['run-id']
    })
    const report = JSON.parse(readFileSync(m.outputs['report-json'] ?? '', 'utf8')) as Record<
      string,
      unknown
    >
    expect(report).toMatchObject({
      sha: DEPLOYED_SHA,
      environment: 'staging',
      environmentUrl: 'https://shop.staging.acme.example',
      repository: 'acme/shop'
    })
    expect(readFileSync(m.outputs.junit ?? '', 'utf8')).toContain('<testcase')

    expect(slack.messages).toHaveLength(1)
    const message = slack.messages[0] as { text: string; blocks: unknown[] }
    expect(message.text).toBe(
      ':rotating_light: Chaos gate FAILED on staging for acme/shop@3f2a9c1 (aborted: 1 of 2 experiments failed)'
    )
    expect(JSON.stringify(message.blocks)).toContain('e2e-errors')
    // The breach, said once; the run and the check run linked first.
    const blocks = JSON.stringify(message.blocks)
    expect(blocks.match(/error-ratio = [\d.]+ &gt; threshold.max 0.05/g)).toHaveLength(1)
    expect(blocks).toContain('_Hypothesis:_ The API keeps its error ratio under 5')
    expect(JSON.stringify(message.blocks[1])).toContain(
      `<https://github.com/acme/shop/runs/${run?.id}|Check run: chaos-gate / staging>`
    )
    // The runner swallows `::add-mask::` commands; every other line must be free of secrets.
    const printed = m.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    for (const text of [printed, m.stderr, m.summary, JSON.stringify(m.outputs)]) {
      expect(text).not.toContain('ghs_e2e_token')
      expect(text).not.toContain('secretpart')
    }
    expect(m.stdout).toContain(`::add-mask::${slack.webhookUrl}`)

    expect(m.state).toMatchObject({
      progress: 'finished',
      'check-run-completed': 'true',
      sha: DEPLOYED_SHA
    })
    const requestsBeforePost = github.requests.length
    const p = await j.post(m.state)
    expect(p.exitCode).toBe(0)
    expect(github.requests).toHaveLength(requestsBeforePost)
    expect(j.runState(m).cleanups).toEqual([
      expect.objectContaining({ by: 'action post', clean: true })
    ])
    expect(p.summary).toBe('')
    expect(p.stdout).toContain('Main finished and reported.')
  })

  it('after main is killed mid-fault, post cleans up, concludes the check run failure and fails the job', async () => {
    const j = job(['e2e-long'])
    const m = await j.main((step) => {
      void step.waitFor(/\[e2e-long\] during/).then(() => step.kill('SIGKILL'))
    })
    expect(m.signal).toBe('SIGKILL')
    const state = j.runState(m)
    const fault = state.experiments['e2e-long']
    expect(fault?.submittedAt).toBeDefined()
    expect(fault?.cleanedAt).toBeUndefined()
    expect(checkRuns()[0]).toMatchObject({ status: 'in_progress', conclusion: null })
    expect(m.state.progress).toBe('started')

    const p = await j.post(m.state)
    // Main never wrote a verdict: the job must not read as green.
    expect({ exit: p.exitCode, stderr: p.stderr }).toEqual({ exit: 1, stderr: '' })
    expect(p.stdout).toMatch(/^::error::Chaos gate run .*: main ended without a verdict/m)
    const [run] = checkRuns()
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run?.output.title).toBe('No verdict: main ended before it reported')
    expect(run?.output.summary).toContain(
      'Main stopped before it reported: it crashed or was killed.'
    )
    expect(run?.output.summary).toContain('Faults submitted: e2e-long.')
    expect(run?.output.summary).toContain(
      `Faults main never cleaned up, aborted and now gone: http-proxy gate-${m.state['run-id']}-e2e-long.`
    )
    expect(j.runState(m).cleanups).toEqual([
      expect.objectContaining({ by: 'action post', clean: true })
    ])
    expect(await refused(fault?.handle?.data?.url ?? '')).toBe(true)
    expect(slack.messages[0]?.text).toMatch(
      /^:warning: Chaos gate could not run on staging .*main stopped before it reported/
    )
  })

  it('on SIGINT mid-fault, main aborts and cleans up, closes the check run, and exits on its own', async () => {
    const j = job(['e2e-long'])
    let signalledAt = 0
    const m = await j.main((step) => {
      void step.waitFor(/\[e2e-long\] during/).then(() => {
        signalledAt = Date.now()
        step.kill('SIGINT')
      })
    })
    const exitedAt = Date.now()
    expect({ exit: m.exitCode, signal: m.signal }).toEqual({ exit: 1, signal: null })
    const fault = j.runState(m).experiments['e2e-long']
    expect(fault?.abortedAt).toBeGreaterThanOrEqual(signalledAt)
    expect(fault?.cleanedAt).toBeGreaterThanOrEqual(fault?.abortedAt ?? Infinity)
    expect(await refused(fault?.handle?.data?.url ?? '')).toBe(true)
    expect(checkRuns()[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' })
    expect(m.state).toMatchObject({ progress: 'interrupted', 'check-run-completed': 'true' })
    expect(m.stdout).toContain('::error::The gate was cancelled (received SIGINT)')

    const requestsBeforePost = github.requests.length
    const p = await j.post(m.state)
    expect(p.exitCode).toBe(0)
    expect(github.requests).toHaveLength(requestsBeforePost)

    const measured = {
      sigintToAbortMs: (fault?.abortedAt ?? NaN) - signalledAt,
      sigintToCleanupMs: (fault?.cleanedAt ?? NaN) - signalledAt,
      sigintToExitMs: exitedAt - signalledAt
    }
    process.stdout.write(`cancellation timing (ms): ${JSON.stringify(measured)}\n`)
  })
})

describe('the bundled action, other paths', () => {
  it('skips a deployment that is still in progress, with no check run', async () => {
    const payload = JSON.parse(readFileSync(DEPLOYMENT_STATUS_PATH, 'utf8')) as {
      deployment_status: { state: string }
    }
    payload.deployment_status.state = 'in_progress'
    const path = join(mkdtempSync(join(tmpdir(), 'chaos-gate-e2e-event-')), 'event.json')
    writeFileSync(path, JSON.stringify(payload))
    const j = job(['e2e-latency'], { GITHUB_EVENT_PATH: path })
    const m = await j.main()
    expect(m.exitCode).toBe(0)
    expect(m.outputs.verdict).toBe('skipped')
    expect(m.stdout).toContain(
      '::notice title=chaos-gate%3A skipped::Chaos gate skipped: deployment 1893244'
    )
    expect(github.requests).toEqual([])
    const p = await j.post(m.state)
    expect(p.exitCode).toBe(0)
  })

  it('verifies the gate check run in a production job', async () => {
    github.seedCheckRun({ name: 'chaos-gate / staging', head_sha: DEPLOYED_SHA })
    const j = job([])
    const m = await runStep({
      entry: join(dist, 'main.js'),
      with: { mode: 'verify', 'github-token': 'ghs_e2e_token' },
      env: { ...j.env, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: '' },
      dir: join(j.dir, 'main')
    })
    expect({ exit: m.exitCode, verdict: m.outputs.verdict }).toEqual({ exit: 0, verdict: 'pass' })
    expect(m.summary).toContain('### Chaos gate verify: passed')
  })
})
