import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runMain } from '../../src/action/run-main'
import { runnerEnv, testDeps } from './fakes/action-env'
import { RecordingCore } from './fakes/recording-core'
import { ScriptedEngine } from './fakes/scripted-engine'
import { GitHubServer } from './servers/github-server'

const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const MERGE_SHA = 'f'.repeat(40)
const PR = 42
const TOKEN = 'ghs_secret_token_value'

const BROKEN = `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata:
  name: broken-latency
spec:
  fault:
    backend: local
    kind: http-latency
    spec:
      upstream: http://127.0.0.1:1
      latencyMs: lots
`

let github: GitHubServer
beforeEach(async () => {
  github = await new GitHubServer().start()
})
afterEach(async () => {
  await github.close()
})

/** A checkout with real manifests, and the pull_request payload the runner writes. */
function pullRequestEnv(files: Record<string, string>): Record<string, string> {
  const env = runnerEnv(github.url)
  const workspace = env.GITHUB_WORKSPACE ?? ''
  mkdirSync(join(workspace, 'experiments'), { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    if (text === 'copy')
      copyFileSync(join(__dirname, '../../experiments', name), join(workspace, 'experiments', name))
    else writeFileSync(join(workspace, 'experiments', name), text)
  }
  const payload = join(mkdtempSync(join(tmpdir(), 'pr-')), 'event.json')
  writeFileSync(
    payload,
    JSON.stringify({
      action: 'synchronize',
      number: PR,
      pull_request: { number: PR, head: { sha: HEAD_SHA } }
    })
  )
  return {
    ...env,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: payload,
    GITHUB_SHA: MERGE_SHA
  }
}

async function main(env: Record<string, string>, extra: Record<string, string> = {}) {
  const core = new RecordingCore({ 'github-token': TOKEN, mode: 'dry-run', ...extra })
  const engine = new ScriptedEngine()
  await runMain(testDeps({ core, env, engine }))
  return { core, engine }
}

describe('mode: dry-run on pull_request', () => {
  it('plans without the engine and writes one comment: what runs, where, against what, and the policy', async () => {
    const env = pullRequestEnv({ 'cart-pod-delete.yaml': 'copy' })
    const { core, engine } = await main(env)
    expect(engine.runs).toEqual([])
    expect(github.checkRuns.size).toBe(0)
    const [comment, ...more] = github.commentsOn(PR)
    expect(more).toEqual([])
    expect(comment?.body.startsWith('<!-- chaos-gate:pr-plan chaos-gate / staging -->')).toBe(true)
    expect(comment?.body).toContain('### ✅ Chaos Gate plan: 1 experiment would run on staging')
    expect(comment?.body).toContain('Commit `a1b2c3d`')
    expect(comment?.body).toMatch(
      /\| \*\*cart-pod-delete\*\*<br>`experiments\/cart-pod-delete.yaml:\d+` \| litmus ChaosEngine pod-delete in namespace staging/
    )
    expect(comment?.body).toContain('50% of pods matching app=cart in staging')
    expect(comment?.body).toContain('What the policy allows and refuses')
    expect(comment?.body).toContain('✅ allows:')
    expect(core.failures).toEqual([])
    expect(core.outputs.get('verdict')).toBe('skipped')
    expect(core.summary).toContain('cart-pod-delete')
    expect(core.summary).not.toContain('<!-- chaos-gate')
  })

  it('updates the same comment on the next push, never adding a second, and leaves other comments alone', async () => {
    const other = github.seedComment(PR, 'LGTM')
    const env = pullRequestEnv({ 'cart-pod-delete.yaml': 'copy' })
    await main(env)
    const first = github.commentsOn(PR)[1]
    writeFileSync(join(env.GITHUB_WORKSPACE ?? '', 'experiments', 'broken.yaml'), BROKEN)
    const { core } = await main(env)
    const comments = github.commentsOn(PR)
    expect(comments.map((c) => c.id)).toEqual([other.id, first?.id])
    expect(comments[0]?.body).toBe('LGTM')
    expect(comments[1]?.body).toContain(
      '❌ Chaos Gate: 1 error to fix before this can gate staging'
    )
    expect(github.find('PATCH', /issues\/comments\//)).toHaveLength(1)
    expect(core.failures[0]).toMatch(/^1 manifest error: /)
    expect(core.outputs.get('verdict')).toBe('error')
  })

  it('finds its comment past the first page of a long conversation', async () => {
    for (let i = 0; i < 130; i++) github.seedComment(PR, `review comment ${i}`)
    const env = pullRequestEnv({ 'cart-pod-delete.yaml': 'copy' })
    await main(env)
    await main(env, { 'fail-on': 'fail' })
    expect(github.commentsOn(PR)).toHaveLength(131)
    expect(github.find('GET', /issues\/42\/comments$/).map((r) => r.query.page)).toEqual([
      '1',
      '2',
      '1',
      '2'
    ])
  })

  it('does not edit the comment when nothing changed', async () => {
    const env = pullRequestEnv({ 'cart-pod-delete.yaml': 'copy' })
    await main(env, { 'github-token': TOKEN })
    await main(env)
    expect(github.find('POST', /comments$/)).toHaveLength(1)
    expect(github.find('PATCH', /issues\/comments\//)).toHaveLength(0)
  })

  it('keeps one comment per check name: two environments, two comments', async () => {
    const env = pullRequestEnv({ 'cart-pod-delete.yaml': 'copy' })
    await main(env)
    await main(env, { environment: 'production' })
    await main(env)
    expect(github.commentsOn(PR).map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- chaos-gate:pr-plan chaos-gate / staging -->',
      '<!-- chaos-gate:pr-plan chaos-gate / production -->'
    ])
  })

  it('puts every manifest error and policy refusal at file:line in the comment and as an annotation', async () => {
    const cart = readFileSync(join(__dirname, '../../experiments/cart-pod-delete.yaml'), 'utf8')
    const env = pullRequestEnv({
      'broken.yaml': BROKEN,
      'wide.yaml': cart.replace("value: '50'", "value: '100'")
    })
    const { core } = await main(env)
    const body = github.commentsOn(PR)[0]?.body ?? ''
    expect(body).toContain('❌ Chaos Gate: 2 errors to fix before this can gate staging')
    expect(body).toMatch(/- \*\*error\*\* `experiments\/broken.yaml:6:3`: spec.fault.apiVersion/)
    expect(body).toMatch(/- \*\*error\*\* `experiments\/wide.yaml:\d+:\d+`: .*maxPercentage/)
    expect(body).toMatch(
      /\| \*\*cart-pod-delete\*\*<br>`experiments\/wide.yaml:4` .* \| ❌ would not run \|/
    )
    expect(body).toContain('⛔ refuses:')
    expect(body).toContain('npx chaos-gate validate')
    const errors = core.annotations.filter((a) => a.level === 'error')
    expect(errors.map((a) => a.props?.file)).toEqual([
      'experiments/broken.yaml',
      'experiments/wide.yaml'
    ])
    expect(errors[0]?.props).toMatchObject({ startLine: 6, startColumn: 3 })
  })

  it('a token that may not comment is a warning; the plan is still in the summary', async () => {
    github.script('POST', /comments$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const env = pullRequestEnv({ 'cart-pod-delete.yaml': 'copy' })
    const { core } = await main(env)
    expect(core.failures).toEqual([])
    expect(core.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /plan comment on pull request #42 failed: .*403.*pull-requests: write/
    )
    expect(core.summary).toContain('cart-pod-delete')
  })

  it('other modes on a pull request still run the gate, at the head commit', async () => {
    const env = pullRequestEnv({ 'cart-pod-delete.yaml': 'copy' })
    const { engine } = await main(env, { mode: 'warn' })
    expect(engine.runs[0]?.settings.sha).toBe(HEAD_SHA)
    expect(github.commentsOn(PR)).toEqual([])
  })
})
