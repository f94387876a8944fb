/**
 * The truth suite's action rows: the bundled action run as the runner runs it (dist/main.js, then
 * dist/post.js with the state main saved), against the same world as the CLI rows, a recording
 * GitHub API and Slack. Each case asserts main's and post's exit codes, the verdict output, the
 * check run's conclusion, and that nothing of the run is left on the cluster.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ActionJob } from '../action/e2e/action-job'
import { bundleAction } from '../action/e2e/bundle'
import type { StepResult } from '../action/e2e/runner-step'
import { GitHubServer } from '../action/servers/github-server'
import { SlackServer } from '../action/servers/slack-server'
import { experimentFor } from './manifest'
import { type Row, row } from './matrix'
import { playWorld, prometheusOf } from './run-row'
import { rowDeployment, startWorld, type World } from './world'

interface Case {
  readonly title: string
  readonly row: Row
  /** Slack answers every message with a 500. */
  readonly slackDown?: true
  readonly main: number | 'killed'
  readonly post: number
  readonly conclusion: 'success' | 'failure' | 'cancelled'
  /** The verdict output main set; undefined when main was killed before setting one. */
  readonly verdict: string | undefined
}

const CASES: readonly Case[] = [
  {
    title: 'a steady state that holds passes, and only then is the job green',
    row: row('chaos-mesh', 'prometheus', 'healthy', 0, 'pass'),
    main: 0,
    post: 0,
    conclusion: 'success',
    verdict: 'pass'
  },
  {
    title: 'a breach aborts the fault and fails main',
    row: row('chaos-mesh', 'prometheus', 'breach', 1, 'aborted'),
    main: 1,
    post: 0,
    conclusion: 'failure',
    verdict: 'aborted'
  },
  {
    title: 'an unreachable Prometheus is inconclusive, never green',
    row: row('litmus', 'prom-unreachable', 'healthy', 1, 'inconclusive'),
    main: 1,
    post: 0,
    conclusion: 'failure',
    verdict: 'inconclusive'
  },
  {
    title: 'an aborted run still fails main when Slack answers 500 to every retry',
    row: row('pod-kill', 'probe', 'breach', 1, 'aborted'),
    slackDown: true,
    main: 1,
    post: 0,
    conclusion: 'failure',
    verdict: 'aborted'
  },
  {
    title: 'SIGINT mid-fault removes the fault, main is not green and the check run says cancelled',
    row: row('litmus', 'prometheus', 'healthy', 1, 'inconclusive', { signal: 'SIGINT' }),
    main: 1,
    post: 0,
    conclusion: 'cancelled',
    verdict: 'inconclusive'
  },
  {
    title: 'main killed mid-fault leaves no verdict: post removes the fault and fails the job',
    row: row('chaos-mesh', 'prometheus', 'healthy', 1, 'error', { signal: 'SIGKILL' }),
    main: 'killed',
    post: 1,
    conclusion: 'failure',
    verdict: undefined
  }
]

jest.setTimeout(120_000)

let world: World | undefined
let dist = ''
let kubeconfig = ''
let github: GitHubServer | undefined
let slack: SlackServer | undefined

beforeAll(async () => {
  dist = bundleAction()
  world = await startWorld(CASES.length)
  kubeconfig = world.cluster.kubeconfig
}, 240_000)
afterAll(async () => {
  await world?.stop()
})
beforeEach(async () => {
  github = await new GitHubServer().start()
  slack = await new SlackServer().start()
})
afterEach(async () => {
  await github?.close()
  await slack?.close()
})

describe('the truth matrix through the bundled action (main, then post)', () => {
  it.each(CASES.map((c, i) => [c.title, c, i] as const))('%s', async (_title, c, index) => {
    if (!world || !github || !slack) throw new Error('the world is not started')
    const slot = world.slots[index]
    if (!slot) throw new Error(`no slot for case ${index}`)
    const unique = `act-${index}`
    const own = await prometheusOf(c.row, world, slot)
    const dir = mkdtempSync(join(tmpdir(), 'chaos-gate-truth-action-exp-'))
    const manifest = join(dir, `${unique}.yaml`)
    writeFileSync(
      manifest,
      experimentFor(c.row, {
        serviceUrl: slot.url,
        job: slot.job,
        prometheusUrl: own.url,
        datadogUrl: world.datadog.url,
        cloudwatchUrl: world.cloudwatch.url,
        chaosSecondMs: world.cluster.chaosSecondMs,
        unique
      })
    )
    const removeDeployment =
      c.row.backend === 'local' || c.row.backend === 'istio'
        ? undefined
        : await rowDeployment(world.cluster, unique)
    if (c.slackDown)
      slack.script(
        'POST',
        /./,
        ...Array.from({ length: 10 }, () => ({ status: 500, body: 'down' }))
      )
    const job = new ActionJob({
      dist,
      githubUrl: github.url,
      manifests: [manifest],
      with: {
        kubeconfig,
        'github-token': 'ghs_truth_token',
        'slack-webhook-url': slack.webhookUrl
      }
    })
    const stateDir = join(job.dir, 'temp', 'chaos-gate')
    const cluster = world.cluster
    let play: { stop(): void } | undefined
    const main: StepResult = await job.main((step) => {
      play = playWorld(
        c.row,
        slot,
        own,
        () => readdirSafe(stateDir).find((f) => f.endsWith('.json')),
        unique,
        (sig) => step.kill(sig),
        cluster
      )
    })
    play?.stop()
    const post = await job.post(main.state)
    await own.stop()
    slot.setHealthy(true)
    const runId = main.state['run-id'] ?? ''
    const leftovers = (await world.cluster.runObjects(runId)).map((o) => o.name)
    await removeDeployment?.()
    const run = [...github.checkRuns.values()][0]
    const seen = {
      main: main.signal === 'SIGKILL' ? 'killed' : main.exitCode,
      post: post.exitCode,
      conclusion: run?.conclusion,
      verdict: main.outputs.verdict,
      leftovers
    }
    const expected = {
      main: c.main,
      post: c.post,
      conclusion: c.conclusion,
      verdict: c.verdict,
      leftovers: []
    }
    if (JSON.stringify(seen) !== JSON.stringify(expected))
      throw new Error(
        `expected ${JSON.stringify(expected)}, got ${JSON.stringify(seen)}\n--- main\n${main.stdout}\n${main.stderr}\n--- post\n${post.stdout}\n${post.stderr}`
      )
  })
})

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).map((f) => join(dir, f))
  } catch {
    // Main has not written its run state yet.
    return []
  }
}
