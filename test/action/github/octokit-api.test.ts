import http from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  createGitHubApi,
  type GitHubClientOptions
} from '../../../src/action/notify/github/octokit-api'
import { BackendError } from '../../../src/util/errors'
import { RecordingLog } from '../fakes/recording-log'
import { GitHubServer } from '../servers/github-server'

const SHA = 'a'.repeat(40)
let server: GitHubServer

beforeEach(async () => {
  server = await new GitHubServer().start()
})
/** A server that accepts requests and never answers them. */
let silent: http.Server | undefined
afterEach(async () => {
  silent?.closeAllConnections()
  silent?.close()
  silent = undefined
  await server.close()
})

function api(extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubApi({
    token: 'ghs_test',
    apiUrl: server.url,
    repository: { owner: 'acme', repo: 'shop' },
    log: new RecordingLog(),
    userAgent: 'chaos-gate/test',
    retryUnitMs: 1,
    throttle: false,
    ...extra
  })
}

const output = { title: 'Running', summary: 'started' }

async function failureOf(promise: Promise<unknown>): Promise<BackendError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(err instanceof BackendError)) throw new Error(`expected a BackendError, got ${String(err)}`)
  return err
}

describe('createGitHubApi', () => {
  it('creates, updates, reads and lists check runs through the REST routes', async () => {
    const github = api()
    const created = await github.createCheckRun({
      name: 'chaos-gate / staging',
      headSha: SHA,
      externalId: 'run-1',
      startedAt: '2026-11-26T12:00:00.000Z',
      output
    })
    expect(created).toMatchObject({
      name: 'chaos-gate / staging',
      headSha: SHA,
      status: 'in_progress'
    })
    const [create] = server.find('POST', /\/repos\/acme\/shop\/check-runs$/)
    expect(create?.headers.authorization).toBe('token ghs_test')
    expect(create?.headers['user-agent']).toMatch(/^chaos-gate\/test/)
    expect(create?.body).toEqual({
      name: 'chaos-gate / staging',
      head_sha: SHA,
      status: 'in_progress',
      started_at: '2026-11-26T12:00:00.000Z',
      external_id: 'run-1',
      output
    })

    await github.updateCheckRun(created.id, {
      conclusion: 'success',
      completedAt: '2026-11-26T12:05:00.000Z',
      output: { title: 'Passed', summary: 'ok' }
    })
    expect(server.updatesOf(created.id)).toEqual([
      {
        conclusion: 'success',
        status: 'completed',
        completed_at: '2026-11-26T12:05:00.000Z',
        output: { title: 'Passed', summary: 'ok' }
      }
    ])
    expect(await github.getCheckRun(created.id)).toMatchObject({
      status: 'completed',
      conclusion: 'success'
    })
    const listed = await github.listCheckRuns(SHA, 'chaos-gate / staging')
    expect(listed.map((r) => r.id)).toEqual([created.id])
    const [list] = server.find('GET', /\/commits\/a+\/check-runs$/)
    expect(list?.query).toEqual({
      check_name: 'chaos-gate / staging',
      filter: 'latest',
      per_page: '100'
    })
  })

  it('sets a commit status with the check name as context', async () => {
    await api().createCommitStatus(SHA, {
      state: 'failure',
      context: 'chaos-gate / staging',
      description: 'Gate failed',
      targetUrl: 'https://github.com/acme/shop/actions/runs/1'
    })
    expect(server.statuses).toEqual([
      {
        sha: SHA,
        body: {
          state: 'failure',
          context: 'chaos-gate / staging',
          description: 'Gate failed',
          target_url: 'https://github.com/acme/shop/actions/runs/1'
        }
      }
    ])
  })

  it('retries server errors and dropped connections, then succeeds', async () => {
    server.script(
      'POST',
      /check-runs$/,
      { status: 502, body: { message: 'Bad gateway' } },
      { status: 500, hangUp: true }
    )
    const run = await api().createCheckRun({
      name: 'n',
      headSha: SHA,
      externalId: 'r',
      startedAt: 'now',
      output
    })
    expect(run.id).toBeGreaterThan(0)
    expect(server.find('POST', /check-runs$/)).toHaveLength(3)
  })

  it('does not retry a 403 and says which permission is missing', async () => {
    server.script('POST', /check-runs$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const err = await failureOf(
      api().createCheckRun({ name: 'n', headSha: SHA, externalId: 'r', startedAt: 'now', output })
    )
    expect(err.status).toBe(403)
    expect(err.message).toMatch(
      /^github: create check run n failed: HTTP 403: Resource not accessible by integration.*permissions: \{ checks: write \}/
    )
    expect(server.find('POST', /check-runs$/)).toHaveLength(1)
  })

  it('gives up after the configured retries', async () => {
    const failing = { status: 503, body: { message: 'unavailable' } }
    server.script('GET', /check-runs\/\d+$/, failing, failing, failing)
    const err = await failureOf(api({ retries: 2 }).getCheckRun(1))
    expect(err.status).toBe(503)
    expect(server.find('GET', /check-runs\/\d+$/)).toHaveLength(3)
  })

  it('reports a response that is not a check run instead of crashing on it', async () => {
    server.script('GET', /check-runs\/\d+$/, { status: 200, body: { id: 'seven' } })
    const err = await failureOf(api().getCheckRun(7))
    expect(err.message).toMatch(/^github: read check run 7 failed: unexpected response/)
  })

  it('stops at once when the signal aborts', async () => {
    const controller = new AbortController()
    controller.abort(new Error('cancelled'))
    await failureOf(api({ signal: controller.signal }).getCheckRun(1))
    expect(server.requests).toHaveLength(0)
  })

  // Without the bound this call never settles and the test fails on jest's timeout.
  it('gives up on a GitHub that accepts the connection and never answers, without retrying', async () => {
    const requests: string[] = []
    silent = http.createServer((req) => void requests.push(String(req.url)))
    await new Promise<void>((resolve) => silent?.listen(0, '127.0.0.1', resolve))
    const github = api({
      apiUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      retries: 3,
      timeoutMs: 200
    })
    const err = await failureOf(
      github.createCheckRun({
        name: 'chaos-gate / staging',
        headSha: SHA,
        externalId: 'run-1',
        startedAt: '2026-11-26T12:00:00.000Z',
        output
      })
    )
    expect(err.message).toBe(
      'github: create check run chaos-gate / staging failed: GitHub did not answer within 200 ms'
    )
    expect(requests).toHaveLength(1)
  })
})
