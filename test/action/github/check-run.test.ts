import {
  completeCheckRun,
  concludeIfOpen,
  latestCheckRun,
  startCheckRun
} from '../../../src/action/notify/github/check-run'
import type { CheckAnnotation } from '../../../src/action/notify/github/github-api'
import { createGitHubApi } from '../../../src/action/notify/github/octokit-api'
import { FakeClock } from '../../fakes/clock'
import { RecordingLog } from '../fakes/recording-log'
import { GitHubServer } from '../servers/github-server'

const SHA = 'd'.repeat(40)
let server: GitHubServer
const clock = new FakeClock()

beforeEach(async () => {
  server = await new GitHubServer().start()
})
afterEach(() => server.close())

function api() {
  return createGitHubApi({
    token: 't',
    apiUrl: server.url,
    repository: { owner: 'acme', repo: 'shop' },
    log: new RecordingLog(),
    userAgent: 'test',
    retryUnitMs: 1,
    throttle: false
  })
}

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: 'experiments/x.yaml',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure',
    message: `finding ${i + 1}`
  }))
}

describe('check run lifecycle', () => {
  it('creates the run in progress on the commit, tagged with the run id', async () => {
    const id = await startCheckRun(api(), clock, {
      name: 'chaos-gate / staging',
      sha: SHA,
      runId: 'run-9',
      output: { title: 'Running', summary: 's' }
    })
    expect(server.checkRuns.get(id)).toMatchObject({
      head_sha: SHA,
      status: 'in_progress',
      external_id: 'run-9',
      started_at: '2026-11-26T12:00:00.000Z'
    })
  })

  it('sends the verdict with the first 50 annotations, then the rest in batches of 50', async () => {
    const run = server.seedCheckRun({
      name: 'n',
      head_sha: SHA,
      status: 'in_progress',
      conclusion: null
    })
    await completeCheckRun(api(), clock, run.id, 'failure', {
      title: 'Failed',
      summary: 'sum',
      annotations: annotations(120)
    })
    const updates = server.updatesOf(run.id)
    expect(updates.map((u) => (u.output as { annotations: unknown[] }).annotations.length)).toEqual(
      [50, 50, 20]
    )
    expect(updates[0]).toMatchObject({
      conclusion: 'failure',
      status: 'completed',
      completed_at: '2026-11-26T12:00:00.000Z'
    })
    expect(updates.slice(1).every((u) => !('conclusion' in u))).toBe(true)
    expect(server.checkRuns.get(run.id)?.annotations).toHaveLength(120)
  })

  it('closes a run left in progress as cancelled, but never overwrites a completed one', async () => {
    const open = server.seedCheckRun({
      name: 'n',
      head_sha: SHA,
      status: 'in_progress',
      conclusion: null
    })
    const done = server.seedCheckRun({ name: 'n', head_sha: SHA })
    const output = { title: 'Cancelled', summary: 'main was cancelled' }
    expect(await concludeIfOpen(api(), clock, open.id, 'cancelled', output)).toBe('concluded')
    expect(await concludeIfOpen(api(), clock, done.id, 'failure', output)).toBe('already-completed')
    expect(server.checkRuns.get(open.id)?.conclusion).toBe('cancelled')
    expect(server.checkRuns.get(done.id)?.conclusion).toBe('success')
    expect(server.updatesOf(done.id)).toEqual([])
  })

  it('finds the newest run of a name on a commit', async () => {
    server.seedCheckRun({ name: 'chaos-gate / staging', head_sha: SHA, conclusion: 'failure' })
    const newer = server.seedCheckRun({ name: 'chaos-gate / staging', head_sha: SHA })
    server.seedCheckRun({ name: 'other', head_sha: SHA })
    expect((await latestCheckRun(api(), SHA, 'chaos-gate / staging'))?.id).toBe(newer.id)
    expect(await latestCheckRun(api(), 'e'.repeat(40), 'chaos-gate / staging')).toBeUndefined()
  })
})
