import type { GitHubReporting } from '../../src/action/inputs'
import type { GateLinks } from '../../src/action/notify/check-run-content'
import { createGitHubApi } from '../../src/action/notify/github/octokit-api'
import { GitHubReporter } from '../../src/action/notify/github-reporter'
import { FakeClock } from '../fakes/clock'
import { RecordingCore } from './fakes/recording-core'
import { RecordingLog } from './fakes/recording-log'
import { GitHubServer } from './servers/github-server'

const SHA = 'f'.repeat(40)
const links: GateLinks = {
  sha: SHA,
  commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
  environment: 'staging',
  runUrl: 'https://github.com/acme/shop/actions/runs/5/attempts/1'
}
let server: GitHubServer

beforeEach(async () => {
  server = await new GitHubServer().start()
})
afterEach(() => server.close())

function reporter(settings: Partial<GitHubReporting> = {}, withApi = true) {
  const core = new RecordingCore()
  const api = createGitHubApi({
    token: 't',
    apiUrl: server.url,
    repository: { owner: 'acme', repo: 'shop' },
    log: new RecordingLog(),
    userAgent: 'test',
    retries: 1,
    retryUnitMs: 1,
    throttle: false
  })
  const r = new GitHubReporter({
    api: withApi ? api : undefined,
    core,
    clock: new FakeClock(),
    settings: {
      token: 't',
      checkName: 'chaos-gate / staging',
      checkRun: 'best-effort',
      commitStatus: false,
      ...settings
    },
    links,
    runId: 'run-1'
  })
  return { r, core }
}

const running = { title: 'Running', summary: 'r' }

describe('GitHubReporter', () => {
  it('writes the check run and, when asked, a pending then final commit status', async () => {
    const { r } = reporter({ commitStatus: true })
    const id = await r.start(running)
    expect(id).toBeDefined()
    await r.finish('failure', { title: `Failed: ${'x'.repeat(200)}`, summary: 's' })
    expect(server.checkRuns.get(id ?? 0)?.conclusion).toBe('failure')
    expect(server.statuses.map((s) => s.body.state)).toEqual(['pending', 'failure'])
    const final = server.statuses[1]?.body
    expect(final).toMatchObject({ context: 'chaos-gate / staging', target_url: links.runUrl })
    expect(String(final?.description).length).toBeLessThanOrEqual(140)
  })

  it('turns a GitHub failure into a warning when the check run is best-effort', async () => {
    const failing = { status: 500, body: { message: 'boom' } }
    server.script('POST', /check-runs$/, failing, failing)
    const { r, core } = reporter()
    expect(await r.start(running)).toBeUndefined()
    expect(await r.finish('success', { title: 'Passed', summary: 's' })).toBe(false)
    expect(core.messages('warning')).toEqual([
      expect.stringMatching(
        /^Creating the check run failed: github: create check run chaos-gate \/ staging failed: HTTP 500: boom\. The verdict is unchanged/
      )
    ])
    expect(core.failures).toEqual([])
  })

  it('fails when the check run is required and cannot be created', async () => {
    server.script('POST', /check-runs$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const { r } = reporter({ checkRun: 'required' })
    await expect(r.start(running)).rejects.toThrow(/HTTP 403/)
  })

  it('writes nothing with check-run off, and warns once without a token', async () => {
    const off = reporter({ checkRun: 'off' })
    expect(await off.r.start(running)).toBeUndefined()
    expect(server.requests).toEqual([])
    const noToken = reporter({}, false)
    await noToken.r.start(running)
    await noToken.r.finish('success', running)
    expect(noToken.core.messages('warning')).toEqual([expect.stringMatching(/^No 'github-token'/)])
  })

  it('keeps a commit status failure a warning even when the check run is required', async () => {
    server.script('POST', /statuses\//, { status: 422, body: { message: 'Validation Failed' } })
    const { r, core } = reporter({ checkRun: 'required', commitStatus: true })
    await r.start(running)
    expect(core.messages('warning')).toEqual([
      expect.stringMatching(/^Setting the commit status failed: .*HTTP 422/)
    ])
  })
})
