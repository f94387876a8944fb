/**
 * The bundled action on a pull request with `mode: dry-run`, run as the runner runs it (main then
 * post, as node processes, with the file commands): it plans with no cluster and no backend,
 * keeps one comment on the pull request through two pushes, and points at every manifest error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { GitHubServer } from '../servers/github-server'
import { ActionJob } from './action-job'
import { bundleAction } from './bundle'

jest.setTimeout(90_000)

const MANIFESTS = join(__dirname, 'experiments')
const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const PR = 7

let dist: string
let github: GitHubServer

beforeAll(() => {
  dist = bundleAction()
}, 240_000)
beforeEach(async () => {
  github = await new GitHubServer().start()
})
afterEach(async () => {
  await github.close()
})

function pullRequestJob(): ActionJob {
  const payload = join(mkdtempSync(join(tmpdir(), 'pr-event-')), 'event.json')
  writeFileSync(
    payload,
    JSON.stringify({ number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA } } })
  )
  return new ActionJob({
    dist,
    githubUrl: github.url,
    manifests: [join(MANIFESTS, 'e2e-latency.yaml'), join(MANIFESTS, 'e2e-errors.yaml')],
    with: { mode: 'dry-run', 'github-token': 'ghs_e2e_token' },
    // No kubeconfig and no service: nothing is contacted but GitHub (port 9 is discard).
    env: {
      CHAOS_GATE_DEMO_URL: 'http://127.0.0.1:9',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payload,
      GITHUB_SHA: 'f'.repeat(40)
    }
  })
}

describe('the bundled action on pull_request with mode: dry-run', () => {
  it('comments the plan once, edits it on the next push, and annotates a broken manifest', async () => {
    const j = pullRequestJob()
    const first = await j.main()
    expect(first.exitCode).toBe(0)
    expect(first.outputs.verdict).toBe('skipped')
    expect(github.checkRuns.size).toBe(0)
    const [comment] = github.commentsOn(PR)
    expect(comment?.body).toContain('✅ Chaos Gate plan: 2 experiments would run on staging')
    expect(comment?.body).toContain('| **e2e-latency**<br>`experiments/e2e-latency.yaml:2`')
    expect(first.summary).toContain('e2e-errors')

    // The next push adds a manifest with a missing field.
    writeFileSync(
      join(j.dir, 'workspace', 'experiments', 'broken.yaml'),
      'apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata:\n  name: broken\nspec:\n  backend: local\n  duration: soon\n'
    )
    const second = await j.main()
    expect(second.exitCode).toBe(1)
    expect(second.outputs.verdict).toBe('error')
    expect(github.commentsOn(PR).map((c) => c.id)).toEqual([comment?.id])
    expect(github.commentsOn(PR)[0]?.body).toMatch(/❌ Chaos Gate: \d+ errors? to fix/)
    expect(github.commentsOn(PR)[0]?.body).toMatch(/`experiments\/broken.yaml:\d+:\d+`/)
    expect(second.stdout).toMatch(/::error title=[^,]*,file=experiments\/broken.yaml,line=\d+/)

    const post = await j.post(second.state)
    expect(post.exitCode).toBe(0)
    expect(github.checkRuns.size).toBe(0)
  })
})
