/**
 * No secret in anything the action writes (issue 17, part 2). A canary goes in through every input
 * that can carry a secret: the Prometheus headers and URL password, the Slack webhook, the GitHub
 * token, and the kubeconfig's token. Every server quotes the request back: Prometheus in warnings
 * (its errors: test/cli/secret-canary.test.ts), the API server in a failing Status that ends up in the report, GitHub in a 422,
 * Slack in a 500. Main and post run over the real engine (as deps.ts composes it: a masking core,
 * the engine with the same mask); then the step log, annotations, job summary, outputs, saved
 * state, reports, run-state file, check-run payloads and Slack payloads are grepped. The canaries
 * may only appear where the runner is told to mask them (`::add-mask::`, here `core.secrets`).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { createGateEngine } from '../../src/action/engine-adapter'
import { maskedCore } from '../../src/action/masked-core'
import { runMain } from '../../src/action/run-main'
import { runPost } from '../../src/action/run-post'
import { kubeConnector } from '../../src/backends/kube/kube-connector'
import { systemClock } from '../../src/util/clock'
import { SecretMask } from '../../src/util/secret-mask'
import { type KubeSim, startKubeSim } from '../backends/chaos-mesh/sim-harness'
import { FakePrometheus, type FakeRequest, success, vector } from '../prometheus/fake-prometheus'
import { runnerEnv, testDeps } from './fakes/action-env'
import { RecordingCore } from './fakes/recording-core'
import { GitHubServer } from './servers/github-server'
import { SlackServer } from './servers/slack-server'

jest.setTimeout(90_000)

const CANARY = {
  header: 'cnry-act-header-7d1e40b2',
  urlPassword: 'cnry-act-pass-c93a0f5e',
  githubToken: 'ghs_cnryActToken5b8e21f0',
  slackPath: 'cnryActHook4a7c99d1',
  kubeToken: 'cnry-act-kube-8e03b6a4'
}
const BASIC = Buffer.from(`ops:${CANARY.urlPassword}`).toString('base64')
const FORBIDDEN = [...Object.values(CANARY), BASIC]

const quote = (req: FakeRequest): string =>
  `request ${req.url} with headers ${JSON.stringify(req.headers)}`

const EXPERIMENTS = {
  // Healthy, with a warning that quotes the request on every answer.
  'prom.yaml': `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: canary-prom
  namespace: staging
spec:
  podKill:
    selector:
      matchLabels: { app: checkout }
    count: 1
  steadyState:
    defaults: { interval: 200ms, window: 1m, minSamples: 1 }
    phases:
      before: { samples: 1, spacing: 100ms }
      after: { settle: 0s, timeout: 2s }
    checks:
      - name: error-ratio
        query: sum(rate(errors_total[{{window}}]))
        threshold: { max: 0.05 }
`,
  // The API server fails creating its fault with a message that quotes the token.
  'kube.yaml': `apiVersion: chaos-mesh.org/v1alpha1
kind: NetworkChaos
metadata:
  name: canary-kube
  namespace: staging
spec:
  action: delay
  mode: one
  selector: { namespaces: [staging], labelSelectors: { app: checkout } }
  delay: { latency: 100ms }
  duration: 2s
`
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8'))
  )
}

function occurrences(text: string): Record<string, number> {
  return Object.fromEntries(FORBIDDEN.map((s) => [s, text.split(s).length - 1]))
}

describe('the action with a canary in every secret input', () => {
  let k: KubeSim
  let prom: FakePrometheus
  let github: GitHubServer
  let slack: SlackServer
  beforeAll(async () => {
    k = await startKubeSim({
      users: [
        { token: CANARY.kubeToken, name: 'system:serviceaccount:ci:runner', rules: 'allow-all' }
      ]
    })
    prom = await FakePrometheus.start()
    prom.otherwise((req) => ({
      body: success(vector([{ job: 'checkout' }, '0']), { warnings: [quote(req)] })
    }))
    github = await new GitHubServer().start()
    slack = await new SlackServer().start()
  })
  afterAll(async () => {
    await Promise.all([prom.close(), github.close(), slack.close()])
    await k.close()
  })

  it('writes none of them to the log, summary, outputs, state, reports, check run or Slack', async () => {
    const env = runnerEnv(github.url)
    const workspace = env.GITHUB_WORKSPACE ?? ''
    mkdirSync(join(workspace, 'experiments'), { recursive: true })
    for (const [name, text] of Object.entries(EXPERIMENTS))
      writeFileSync(join(workspace, 'experiments', name), text)
    const url = new URL(prom.url)
    url.username = 'ops'
    url.password = CANARY.urlPassword
    const inputs = {
      environment: 'staging',
      kubeconfig: k.kubeconfig,
      'prometheus-url': url.href,
      'prometheus-headers': `X-Api-Key: ${CANARY.header}`,
      'github-token': CANARY.githubToken,
      'slack-webhook-url': `${slack.url}/services/T000/B000/${CANARY.slackPath}`,
      'slack-notify': 'always'
    }
    const kubeFailure = `etcd said: request carried Bearer ${CANARY.kubeToken}`
    k.sim.faults.failNext(50, 500, { method: 'POST', path: /networkchaos/ }, kubeFailure)
    github.script('PATCH', /check-runs/, {
      status: 422,
      body: { message: `Validation failed for token ${CANARY.githubToken}` }
    })
    slack.script('POST', /services/, {
      status: 500,
      body: `hook /services/T000/B000/${CANARY.slackPath} is busy`
    })

    // As deps.ts composes the action: one mask for the core and the engine.
    const run = async (core: RecordingCore, step: typeof runMain): Promise<string> => {
      const secrets = new SecretMask()
      const masked = maskedCore(core, secrets)
      const log = {
        debug: (m: string) => masked.debug(m),
        info: (m: string) => masked.info(m),
        warn: (m: string) => masked.info(`warning: ${m}`),
        error: (m: string) => masked.info(`error: ${m}`)
      }
      const engine = createGateEngine({
        clock: systemClock,
        log,
        env: {},
        random: Math.random,
        pid: process.pid,
        isProcessAlive: () => false,
        kube: (target) => kubeConnector(target, {}, systemClock, log, { secrets }),
        version: 'test',
        secrets
      })
      await step({ ...testDeps({ core, env, engine }), core: masked, clock: systemClock, secrets })
      return core.transcript
    }
    const main = new RecordingCore(inputs)
    const mainText = await run(main, runMain)
    const post = new RecordingCore(inputs, Object.fromEntries(main.state))
    const postText = await run(post, runPost)

    // Every server got its secret and quoted one back.
    expect(JSON.stringify(prom.requests.map((r) => r.headers))).toContain(CANARY.header)
    expect(
      github.requests.some((r) => r.headers.authorization === `token ${CANARY.githubToken}`)
    ).toBe(true)
    expect(k.sim.requests.all().some((r) => r.status === 500)).toBe(true)
    expect(slack.requests.length).toBeGreaterThan(1)

    const written = [
      mainText,
      postText,
      JSON.stringify([...main.state.values(), ...post.state.values()]),
      ...(await filesUnder(workspace)),
      ...(await filesUnder(env.RUNNER_TEMP ?? '')),
      JSON.stringify(github.requests.map((r) => r.body)),
      JSON.stringify(slack.messages)
    ].join('\n')
    expect(occurrences(written)).toEqual(Object.fromEntries(FORBIDDEN.map((s) => [s, 0])))
    expect(written).toContain('etcd said: request carried Bearer ***')
    expect(written).toContain('Validation failed for token ***')
    expect(written).toContain('"x-api-key":"***","authorization":"Basic ***"')
    // The runner was told to mask them all, the base64 form of the URL's credentials included.
    expect(main.secrets).toEqual(expect.arrayContaining([CANARY.githubToken, CANARY.header, BASIC]))
  })
})
