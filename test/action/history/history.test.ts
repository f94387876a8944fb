import { decodeRecord } from '../../../src/action/history/run-record'
import { resilienceScore, sparkline } from '../../../src/action/history/trends'
import { runMain } from '../../../src/action/run-main'
import { runnerEnv, testDeps } from '../fakes/action-env'
import { RecordingCore } from '../fakes/recording-core'
import { gateRun, ScriptedEngine } from '../fakes/scripted-engine'
import { experimentReport, failedExperiment, gateReport } from '../fixtures/report'
import { GitHubServer } from '../servers/github-server'

let github: GitHubServer
beforeEach(async () => {
  github = await new GitHubServer().start()
})
afterEach(() => github.close())

const commits = Array.from({ length: 7 }, (_, i) =>
  String(i + 1)
    .repeat(40)
    .slice(0, 40)
)

/** One gate run on `sha` whose checkout-latency recovered in `mttrMs`. */
async function gateOn(sha: string, mttrMs: number, verdict: 'pass' | 'fail' = 'pass') {
  const exp =
    verdict === 'pass'
      ? experimentReport({ recovery: { mttrMs, timedOut: false } })
      : failedExperiment({ name: 'checkout-latency', recovery: { mttrMs, timedOut: false } })
  const core = new RecordingCore({ 'github-token': 'ghs_x', sha })
  await runMain(
    testDeps({
      core,
      env: runnerEnv(github.url),
      engine: new ScriptedEngine(() => gateRun(gateReport([exp])))
    })
  )
  return core
}

describe('history and trends', () => {
  it('reads the last runs on earlier commits back from their check runs and flags a slower recovery', async () => {
    github.seedCommits(commits)
    for (const [i, mttr] of [9_000, 10_000, 11_000, 10_000, 12_000].entries())
      await gateOn(commits[i + 1] ?? '', mttr)
    const core = await gateOn(commits[6] ?? '', 31_000, 'fail')

    expect(core.summary).toContain('### Trends: this run and the last 5 on earlier commits')
    expect(core.summary).toContain(
      '> ⚠️ **checkout-latency**: recovery 3.1× slower than the median of the last 5 runs'
    )
    expect(core.summary).toContain(
      'Resilience score **0** (earlier runs, newest first: 100, 100, 100, 100, 100)'
    )
    expect(core.summary).toContain(
      '| checkout-latency | fail ×1 | 31.0s (10.0s) | – | 1840 | ▃▃▃▃▄█ |'
    )

    const [latest] = [...github.checkRuns.values()].filter((r) => r.head_sha === commits[6])
    expect(latest?.output.summary?.startsWith('<!-- chaos-gate:history:v1 ')).toBe(true)
    const record = decodeRecord(latest?.output.summary)
    expect(record?.sha).toBe(commits[6])
    expect(record?.experiments).toEqual([
      expect.objectContaining({ name: 'checkout-latency', verdict: 'fail', mttrMs: 31_000 })
    ])
  })

  it('a first run shows its score with nothing to compare, and an unreadable history is a warning', async () => {
    const first = await gateOn(commits[0] ?? '', 5_000)
    expect(first.summary).toContain('Resilience score **100**')
    github.script(
      'GET',
      /\/commits$/,
      { status: 500, body: { message: 'boom' } },
      { status: 500, body: {} }
    )
    const second = await gateOn(commits[1] ?? '', 5_000)
    expect(second.messages('warning')[0]).toMatch(
      /^Reading the earlier runs failed: .*The trends are left out/
    )
    expect(second.outputs.get('verdict')).toBe('pass')
  })
})

describe('resilience score and sparkline', () => {
  it('scores pass 1, inconclusive 0.5, anything else 0, a regression -0.25, skipped not counted', () => {
    const exp = (name: string, verdict: string) => ({ name, verdict })
    expect(
      resilienceScore(
        [exp('a', 'pass'), exp('b', 'inconclusive'), exp('c', 'fail'), exp('d', 'skipped')],
        new Set()
      )
    ).toBe(50)
    expect(resilienceScore([exp('a', 'pass'), exp('b', 'pass')], new Set(['a']))).toBe(88)
    expect(resilienceScore([exp('d', 'skipped')], new Set())).toBe(0)
  })

  it('draws a run without a recovery time as a dot', () => {
    expect(sparkline([1, undefined, 8])).toBe('▂·█')
  })
})
