import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runMain } from '../../src/action/run-main'
import { ManifestError } from '../../src/util/errors'
import { runnerEnv, testDeps } from './fakes/action-env'
import { RecordingCore } from './fakes/recording-core'
import { gateRun, ScriptedEngine } from './fakes/scripted-engine'
import { DEPLOYED_SHA, deploymentStatusPayload } from './fixtures/payloads'
import { experimentReport, failedExperiment, gateReport } from './fixtures/report'
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

const TOKEN = 'ghs_secret_token_value'

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return { 'github-token': TOKEN, 'slack-webhook-url': slack.webhookUrl, ...extra }
}

async function main(
  engine: ScriptedEngine,
  o: { inputs?: Record<string, string>; env?: Record<string, string>; signal?: AbortSignal } = {}
) {
  const core = new RecordingCore(o.inputs ?? inputs())
  await runMain(
    testDeps({
      core,
      env: runnerEnv(github.url, o.env),
      engine,
      ...(o.signal && { signal: o.signal })
    })
  )
  return core
}

function onlyCheckRun() {
  expect(github.checkRuns.size).toBe(1)
  const [run] = github.checkRuns.values()
  if (!run) throw new Error('no check run')
  return run
}

function payloadFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'payload-')), 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  return path
}

describe('runMain on deployment_status', () => {
  it('gates the deployed commit: check run in progress, then completed with the verdict and links', async () => {
    const engine = new ScriptedEngine()
    const core = await main(engine)
    expect(engine.runs[0]?.settings).toMatchObject({
      sha: DEPLOYED_SHA,
      environment: 'staging',
      runId: 'mq2x5k-ab12'
    })
    expect(engine.runs[0]?.context).toEqual({
      repository: 'acme/shop',
      runUrl: 'https://github.com/acme/shop/actions/runs/77/attempts/1',
      environmentUrl: 'https://shop.staging.acme.example'
    })
    const run = onlyCheckRun()
    expect(run).toMatchObject({
      name: 'chaos-gate / staging',
      head_sha: DEPLOYED_SHA,
      external_id: 'mq2x5k-ab12',
      conclusion: 'success'
    })
    const [create] = github.find('POST', /check-runs$/)
    expect(create?.body).toMatchObject({ status: 'in_progress' })
    expect(run.output.title).toBe('Passed: 1 experiment held the steady state')
    expect(run.output.summary).toContain(
      '**Environment** [staging](https://shop.staging.acme.example)'
    )
    expect(run.output.summary).toContain(
      '[Workflow run](https://github.com/acme/shop/actions/runs/77/attempts/1)'
    )
    expect(run.output.summary).toContain('| checkout-latency | pass |')
    expect(Object.fromEntries(core.outputs)).toEqual({
      verdict: 'pass',
      passed: '1',
      failed: '0',
      'report-json': '/w/chaos-gate-report/report.json',
      junit: '/w/chaos-gate-report/junit.xml',
      'run-id': 'run-1'
    })
    expect(core.state.get('state-dir')).toMatch(/temp\/chaos-gate$/)
    core.state.delete('state-dir')
    expect(Object.fromEntries(core.state)).toEqual({
      'run-id': 'mq2x5k-ab12',
      sha: DEPLOYED_SHA,
      'check-name': 'chaos-gate / staging',
      'check-run-id': String(run.id),
      'check-run-completed': 'true',
      progress: 'finished'
    })
    expect(core.summary).toContain('| checkout-latency | pass |')
    expect(core.failures).toEqual([])
    expect(slack.requests).toEqual([])
  })

  it('fails the job on a failing verdict: annotations, failure conclusion, Slack with what broke', async () => {
    const engine = new ScriptedEngine(() =>
      gateRun(gateReport([experimentReport(), failedExperiment()]))
    )
    const core = await main(engine)
    expect(onlyCheckRun()).toMatchObject({ conclusion: 'failure' })
    expect(onlyCheckRun().annotations).toEqual([
      expect.objectContaining({
        path: 'experiments/payments.yaml',
        start_line: 12,
        annotation_level: 'failure'
      })
    ])
    expect(core.annotations.filter((a) => a.level === 'error')[0]).toMatchObject({
      props: {
        file: 'experiments/payments.yaml',
        startLine: 12,
        title: 'chaos-gate: payments-errors fail'
      }
    })
    expect(core.failures).toEqual([
      'Chaos gate failed on staging: Failed: 1 of 2 experiments (fail 1)'
    ])
    expect(core.outputs.get('verdict')).toBe('fail')
    expect(core.outputs.get('failed')).toBe('1')
    const [message] = slack.messages
    expect(message?.text).toBe(
      ':rotating_light: Chaos gate FAILED on staging for acme/shop@3f2a9c1 (fail: 1 of 2 experiments failed)'
    )
    expect(JSON.stringify(message?.blocks)).toContain('latencyP99 = 1840ms &gt; 1000ms')
    // The first section under the header: the run and the check run this job created.
    expect(JSON.stringify((message?.blocks as unknown[])[1])).toContain(
      `<https://github.com/acme/shop/runs/${onlyCheckRun().id}|Check run: chaos-gate / staging>`
    )
  })

  it('registers the chaos-gate problem matcher for the rest of the job', async () => {
    const env = runnerEnv(github.url)
    const core = new RecordingCore(inputs())
    await runMain(testDeps({ core, env, engine: new ScriptedEngine() }))
    const path = join(
      env.RUNNER_TEMP ?? '',
      'chaos-gate-matcher',
      'chaos-gate-problem-matcher.json'
    )
    expect(core.logs).toContain(`::add-matcher::${path}`)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      problemMatcher: [{ owner: 'chaos-gate' }]
    })
  })

  it('calls on slack-mention when the gate fails', async () => {
    const engine = new ScriptedEngine(() => gateRun(gateReport([failedExperiment()])))
    await main(engine, { inputs: inputs({ 'slack-mention': 'S0ONCALL1' }) })
    expect(JSON.stringify(slack.messages[0]?.blocks)).toContain(
      '<!subteam^S0ONCALL1> please take a look'
    )
  })

  it('keeps the job green in warn mode and concludes the check run neutral', async () => {
    const report = gateReport([failedExperiment()], { mode: 'warn', failed: false })
    const core = await main(new ScriptedEngine(() => gateRun(report)), {
      inputs: inputs({ mode: 'warn' })
    })
    expect(onlyCheckRun()).toMatchObject({ conclusion: 'neutral' })
    expect(onlyCheckRun().output.title).toBe('Would fail (warn mode): 1 of 1 experiment (fail 1)')
    expect(core.failures).toEqual([])
    expect(core.messages('warning')[0]).toMatch(/payments-errors/)
  })

  it.each([
    ['in_progress', 'staging'],
    ['success', 'production']
  ])('skips a %s deployment to %s with a notice and no check run', async (state, environment) => {
    const engine = new ScriptedEngine()
    const path = payloadFile(deploymentStatusPayload({ state, environment }))
    const core = await main(engine, { env: { GITHUB_EVENT_PATH: path } })
    expect(core.messages('notice')).toEqual([
      expect.stringMatching(/^Chaos gate skipped: deployment 1893244/)
    ])
    expect(core.outputs.get('verdict')).toBe('skipped')
    expect(engine.runs).toEqual([])
    expect(github.requests).toEqual([])
    expect(core.failures).toEqual([])
  })

  it('annotates invalid manifests at their lines and injects nothing', async () => {
    const issues = [
      {
        file: 'experiments/a.yaml',
        line: 4,
        col: 7,
        severity: 'error' as const,
        message: "spec.duration '5 minutes' is not a duration"
      },
      {
        file: 'experiments/b.yaml',
        line: 9,
        col: 3,
        severity: 'error' as const,
        message: "unknown kind 'PodChoas'",
        hint: 'Did you mean PodChaos?'
      }
    ]
    const engine = new ScriptedEngine(() => {
      throw new ManifestError(issues)
    })
    const core = await main(engine)
    expect(
      core.annotations.filter((a) => a.props?.file).map((a) => [a.props?.file, a.props?.startLine])
    ).toEqual([
      ['experiments/a.yaml', 4],
      ['experiments/b.yaml', 9]
    ])
    expect(core.failures).toEqual([
      '2 problems in the experiment manifests; nothing was injected. Each problem is annotated at its line.'
    ])
    expect(core.outputs.get('verdict')).toBe('error')
    const run = onlyCheckRun()
    expect(run).toMatchObject({ conclusion: 'failure' })
    expect(run.output.title).toBe('Invalid configuration: 2 problems, nothing injected')
    expect(run.annotations).toHaveLength(2)
    expect(slack.messages[0]?.text).toMatch(/^:warning: Chaos gate could not run on staging/)
    expect(core.state.get('progress')).toBe('finished')
  })

  it('reports every invalid input at once and touches nothing', async () => {
    const engine = new ScriptedEngine()
    const core = await main(engine, { inputs: inputs({ timeout: 'soon', concurrency: '-1' }) })
    expect(core.messages('error').slice(0, 2)).toEqual([
      "Invalid input 'concurrency': '-1' is not a whole number from 1 to 50",
      "Invalid input 'timeout': 'soon' is not a duration; expected e.g. 90s, 15m or 1h30m"
    ])
    expect(core.failures).toEqual([
      "2 invalid inputs; nothing was injected. Fix the step's 'with:' block."
    ])
    expect(engine.runs).toEqual([])
    expect(github.requests).toEqual([])
    expect(core.state.size).toBe(0)
  })

  it('keeps the verdict when GitHub fails and the check run is best-effort', async () => {
    const down = { status: 500, body: { message: 'boom' } }
    github.script('POST', /check-runs$/, down, down)
    const core = await main(new ScriptedEngine())
    expect(core.messages('warning')).toEqual([
      expect.stringMatching(/^Creating the check run failed: .*HTTP 500: boom/)
    ])
    expect(core.failures).toEqual([])
    expect(core.outputs.get('verdict')).toBe('pass')
  })

  it('injects nothing when the check run is required and cannot be created', async () => {
    github.script('POST', /check-runs$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const engine = new ScriptedEngine()
    const core = await main(engine, { inputs: inputs({ 'check-run': 'required' }) })
    expect(engine.runs).toEqual([])
    expect(core.failures).toEqual([
      expect.stringMatching(/^chaos-gate could not operate: github: create check run .*HTTP 403/)
    ])
    expect(core.outputs.get('verdict')).toBe('error')
  })

  it('closes the check run as cancelled when the step is cancelled mid-run', async () => {
    const cancel = new AbortController()
    const engine = new ScriptedEngine((_s, signal) => {
      cancel.abort(new Error('received SIGINT'))
      expect(signal.aborted).toBe(true)
      return gateRun(
        gateReport([
          experimentReport({ verdict: 'aborted', observed: 'aborted', reasons: ['cancelled'] })
        ])
      )
    })
    const core = await main(engine, { signal: cancel.signal })
    expect(onlyCheckRun()).toMatchObject({ conclusion: 'cancelled' })
    expect(onlyCheckRun().output.title).toBe(
      'Cancelled: the faults were aborted and cleaned up, no verdict'
    )
    expect(core.state.get('progress')).toBe('interrupted')
    expect(core.state.get('check-run-completed')).toBe('true')
    expect(core.failures).toEqual([
      'The gate was cancelled (received SIGINT); faults were aborted and cleaned up.'
    ])
    expect(slack.requests).toEqual([])
  })

  it('fails and alerts Slack when cleanup left a fault behind, even in warn mode', async () => {
    const stuck = {
      ref: 'PodChaos shop/gate-x',
      reason: 'finalizer still present',
      inspect: 'kubectl -n shop get podchaos gate-x'
    }
    const report = gateReport(
      [experimentReport({ cleanup: { deleted: [], stuck: [stuck], errors: [] } })],
      { mode: 'warn' }
    )
    const core = await main(new ScriptedEngine(() => gateRun(report)), {
      inputs: inputs({ mode: 'warn' })
    })
    expect(core.messages('error')).toContain(
      'PodChaos shop/gate-x is still present after cleanup: finalizer still present. Inspect it with: kubectl -n shop get podchaos gate-x'
    )
    expect(core.failures[0]).toMatch(/^Cleanup could not remove every fault/)
    expect(slack.messages[0]?.text).toMatch(/could not remove 1 fault object/)
  })

  it('never writes a secret to the log, the summary or an output', async () => {
    const core = await main(new ScriptedEngine(() => gateRun(gateReport([failedExperiment()]))))
    expect(core.secrets).toEqual(expect.arrayContaining([TOKEN, slack.webhookUrl]))
    expect(core.transcript).not.toContain(TOKEN)
    expect(core.transcript).not.toContain('secretpart')
  })
})

describe('runMain in verify mode', () => {
  const verifyInputs = () => inputs({ mode: 'verify', 'slack-webhook-url': '' })

  it('passes when the gate check run on the deployed commit succeeded', async () => {
    github.seedCheckRun({ name: 'chaos-gate / staging', head_sha: DEPLOYED_SHA })
    const engine = new ScriptedEngine()
    const core = await main(engine, { inputs: verifyInputs() })
    expect(core.failures).toEqual([])
    expect(core.outputs.get('verdict')).toBe('pass')
    expect(engine.runs).toEqual([])
    expect(github.find('POST', /.*/)).toEqual([])
  })

  it('fails with what it found when the gate failed', async () => {
    github.seedCheckRun({
      name: 'chaos-gate / staging',
      head_sha: DEPLOYED_SHA,
      conclusion: 'failure'
    })
    const core = await main(new ScriptedEngine(), { inputs: verifyInputs() })
    expect(core.outputs.get('verdict')).toBe('fail')
    expect(core.failures[0]).toMatch(
      /^The latest 'chaos-gate \/ staging' check run on 3f2a9c1 .* concluded 'failure'/
    )
    expect(core.summary).toContain('### Chaos gate verify: failed')
  })
})
