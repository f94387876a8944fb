import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { ActionDeps } from '../../../src/action/action-deps'
import type { GateEngine } from '../../../src/action/gate-engine'
import { createGitHubApi } from '../../../src/action/notify/github/octokit-api'
import { SecretMask } from '../../../src/util/secret-mask'
import { FakeClock } from '../../fakes/clock'
import { DEPLOYMENT_STATUS_PATH } from '../fixtures/payloads'
import type { RecordingCore } from './recording-core'

/** The variables the runner sets for a step of a deployment_status workflow. */
export function runnerEnv(
  apiUrl: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  const temp = mkdtempSync(join(tmpdir(), 'runner-'))
  return {
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'deployment_status',
    GITHUB_EVENT_PATH: DEPLOYMENT_STATUS_PATH,
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_WORKSPACE: join(temp, 'workspace'),
    RUNNER_TEMP: join(temp, 'temp'),
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    ...extra
  }
}

export interface TestDepsOptions {
  readonly core: RecordingCore
  readonly env: Record<string, string>
  readonly engine: GateEngine
  readonly signal?: AbortSignal
}

/** ActionDeps over fakes and the recording servers: real HTTP on loopback, virtual time. */
export function testDeps(o: TestDepsOptions): ActionDeps {
  return {
    core: o.core,
    env: o.env,
    cwd: '/nowhere',
    clock: new FakeClock(),
    fetch,
    signal: o.signal ?? new AbortController().signal,
    secrets: new SecretMask(),
    engine: o.engine,
    github: (token, gh, log, signal) =>
      createGitHubApi({
        token,
        apiUrl: gh.apiUrl,
        repository: gh.repository,
        log,
        userAgent: 'chaos-gate/test',
        signal,
        retries: 1,
        retryUnitMs: 1,
        throttle: false
      }),
    newRunId: () => 'mq2x5k-ab12',
    reportGraceMs: 5000
  }
}
