import { createGitHubApi } from '../../src/action/notify/github/octokit-api'
import { verifyCheckRun } from '../../src/action/verify'
import { RecordingLog } from './fakes/recording-log'
import { GitHubServer } from './servers/github-server'

const SHA = '1234567'.padEnd(40, '0')
const NAME = 'chaos-gate / staging'
let server: GitHubServer

beforeEach(async () => {
  server = await new GitHubServer().start()
})
afterEach(() => server.close())

const verify = () =>
  verifyCheckRun(
    createGitHubApi({
      token: 't',
      apiUrl: server.url,
      repository: { owner: 'acme', repo: 'shop' },
      log: new RecordingLog(),
      userAgent: 'test',
      retryUnitMs: 1,
      throttle: false
    }),
    SHA,
    NAME
  )

describe('verifyCheckRun', () => {
  it('passes when the newest gate run on the commit succeeded', async () => {
    server.seedCheckRun({ name: NAME, head_sha: SHA, conclusion: 'failure' })
    const newest = server.seedCheckRun({ name: NAME, head_sha: SHA })
    const result = await verify()
    expect(result.passed).toBe(true)
    expect(result.message).toBe(
      `The latest '${NAME}' check run on 1234567 (#${newest.id}, ${newest.html_url}) concluded 'success' at 2026-11-26T12:05:00Z.`
    )
  })

  it('fails when the newest run failed, even if an older one passed', async () => {
    server.seedCheckRun({ name: NAME, head_sha: SHA })
    const newest = server.seedCheckRun({ name: NAME, head_sha: SHA, conclusion: 'failure' })
    const result = await verify()
    expect(result.passed).toBe(false)
    expect(result.message).toBe(
      `The latest '${NAME}' check run on 1234567 (#${newest.id}, ${newest.html_url}) concluded 'failure' at 2026-11-26T12:05:00Z, not 'success'; the commit did not pass the chaos gate.`
    )
  })

  it.each(['neutral', 'cancelled', 'skipped'])(
    "does not accept '%s' as a pass",
    async (conclusion) => {
      server.seedCheckRun({ name: NAME, head_sha: SHA, conclusion })
      expect((await verify()).passed).toBe(false)
    }
  )

  it('fails while the gate is still running', async () => {
    server.seedCheckRun({ name: NAME, head_sha: SHA, status: 'in_progress', conclusion: null })
    expect((await verify()).message).toMatch(
      /is still in_progress \(started 2026-11-26T12:00:00Z\); wait for the gate/
    )
  })

  it('fails when the gate never ran on the commit, and says how to fix it', async () => {
    server.seedCheckRun({ name: 'chaos-gate / preview', head_sha: SHA })
    expect(await verify()).toEqual({
      passed: false,
      message: `No check run named '${NAME}' on 1234567: the chaos gate has not run on this commit. Let it run after the staging deployment first, or make 'check-name' and 'environment' match the gate's.`
    })
    expect(server.requests[0]?.query.check_name).toBe(NAME)
  })
})
