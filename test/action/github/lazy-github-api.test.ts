/** The lazily loading createGitHubApi (deps.ts uses it) forwards every call to the Octokit one. */
import { createGitHubApi } from '../../../src/action/notify/github/lazy-github-api'
import { RecordingLog } from '../fakes/recording-log'
import { GitHubServer } from '../servers/github-server'

const SHA = 'b'.repeat(40)
let server: GitHubServer
beforeEach(async () => {
  server = await new GitHubServer().start()
})
afterEach(() => server.close())

it('loads Octokit on the first call and forwards every GitHubApi call to it', async () => {
  const github = createGitHubApi({
    token: 'ghs_lazy',
    apiUrl: server.url,
    repository: { owner: 'acme', repo: 'shop' },
    log: new RecordingLog(),
    userAgent: 'chaos-gate/test',
    retryUnitMs: 1,
    throttle: false
  })
  const output = { title: 'Running', summary: 'started' }
  const created = await github.createCheckRun({
    name: 'gate',
    headSha: SHA,
    externalId: 'run-1',
    startedAt: '2026-11-26T12:00:00.000Z',
    output
  })
  await github.updateCheckRun(created.id, { output: { title: 'Still', summary: 'running' } })
  expect(await github.getCheckRun(created.id)).toMatchObject({ id: created.id, headSha: SHA })
  expect((await github.listCheckRuns(SHA, 'gate')).map((r) => r.id)).toEqual([created.id])
  await github.createCommitStatus(SHA, {
    state: 'success',
    context: 'chaos-gate',
    description: 'passed'
  })
  expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    'POST /repos/acme/shop/check-runs',
    `PATCH /repos/acme/shop/check-runs/${created.id}`,
    `GET /repos/acme/shop/check-runs/${created.id}`,
    `GET /repos/acme/shop/commits/${SHA}/check-runs`,
    `POST /repos/acme/shop/statuses/${SHA}`
  ])
})
