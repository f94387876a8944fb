import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { decideEvent, readEventPayload } from '../../src/action/event'
import { type GitHubEnv, readGitHubEnv } from '../../src/action/github-env'
import { DEPLOYED_SHA, DEPLOYMENT_STATUS_PATH, deploymentStatusPayload } from './fixtures/payloads'

const CHECKED_OUT = 'b'.repeat(40)

function env(eventName: string, extra: Record<string, string> = {}): GitHubEnv {
  return readGitHubEnv(
    {
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_SHA: CHECKED_OUT,
      ...extra
    },
    '/w'
  )
}

describe('decideEvent', () => {
  it('gates the deployed commit of a successful deployment to the configured environment', () => {
    const decision = decideEvent({
      gh: env('deployment_status'),
      payload: deploymentStatusPayload(),
      environment: 'Staging',
      verify: false
    })
    expect(decision).toEqual({
      kind: 'gate',
      target: {
        sha: DEPLOYED_SHA,
        environment: 'Staging',
        eventName: 'deployment_status',
        deployment: {
          id: 1893244,
          url: 'https://api.github.com/repos/acme/shop/deployments/1893244',
          environmentUrl: 'https://shop.staging.acme.example',
          logUrl: 'https://argocd.acme.example/applications/shop-staging'
        }
      }
    })
  })

  it.each(['queued', 'pending', 'in_progress', 'failure', 'error'])(
    "skips a deployment whose state is '%s'",
    (state) => {
      const decision = decideEvent({
        gh: env('deployment_status'),
        payload: deploymentStatusPayload({ state }),
        environment: 'staging',
        verify: false
      })
      expect(decision).toEqual({
        kind: 'skip',
        reason: `deployment 1893244 to 'staging' is '${state}', not 'success'; the gate runs once the deployment succeeds`
      })
    }
  )

  it('skips a deployment to another environment', () => {
    const decision = decideEvent({
      gh: env('deployment_status'),
      payload: deploymentStatusPayload({ environment: 'production' }),
      environment: 'staging',
      verify: false
    })
    expect(decision).toEqual({
      kind: 'skip',
      reason:
        "deployment 1893244 went to 'production', but this gate is configured for 'staging' (the 'environment' input)"
    })
  })

  it('leaves out an empty environment_url', () => {
    const decision = decideEvent({
      gh: env('deployment_status'),
      payload: deploymentStatusPayload({ environmentUrl: '' }),
      environment: 'staging',
      verify: false
    })
    expect(decision.kind === 'gate' && decision.target.deployment?.environmentUrl).toBeUndefined()
  })

  it('names every missing or malformed field of a payload that is not a deployment_status', () => {
    const payload = deploymentStatusPayload()
    const deployment = payload.deployment as Record<string, unknown>
    deployment.sha = 'abc'
    delete deployment.id
    expect(() =>
      decideEvent({ gh: env('deployment_status'), payload, environment: 'staging', verify: false })
    ).toThrow(
      "Invalid environment variable 'GITHUB_EVENT_PATH': the 'deployment_status' payload is not what GitHub sends (deployment.id: Invalid input: expected number, received undefined; deployment.sha: a 40-character commit sha)"
    )
  })

  it('gates the checked-out commit on push and workflow_dispatch', () => {
    for (const name of ['push', 'workflow_dispatch']) {
      expect(
        decideEvent({ gh: env(name), payload: {}, environment: 'staging', verify: false })
      ).toEqual({
        kind: 'gate',
        target: { sha: CHECKED_OUT, environment: 'staging', eventName: name }
      })
    }
  })

  it('lets an explicit sha win over the event', () => {
    const sha = 'c'.repeat(40)
    const decision = decideEvent({
      gh: env('deployment_status'),
      payload: deploymentStatusPayload(),
      environment: 'staging',
      sha,
      verify: false
    })
    expect(decision.kind === 'gate' && decision.target.sha).toBe(sha)
  })

  it('verifies the deployed commit of any deployment event, whatever its state', () => {
    const decision = decideEvent({
      gh: env('deployment_status'),
      payload: deploymentStatusPayload({ state: 'in_progress', environment: 'production' }),
      environment: 'staging',
      verify: true
    })
    expect(decision).toEqual({
      kind: 'gate',
      target: { sha: DEPLOYED_SHA, environment: 'staging', eventName: 'deployment_status' }
    })
  })

  it('gates a pull request at its head commit, not the merge commit, and names the pull request', () => {
    const head = 'c'.repeat(40)
    for (const eventName of ['pull_request', 'pull_request_target']) {
      const decision = decideEvent({
        gh: env(eventName),
        payload: { number: 7, pull_request: { number: 7, head: { sha: head } } },
        environment: 'staging',
        verify: false
      })
      expect(decision).toEqual({
        kind: 'gate',
        target: {
          sha: head,
          environment: 'staging',
          eventName,
          pullRequest: { number: 7, headSha: head }
        }
      })
    }
  })

  it('names what is missing from a pull_request payload', () => {
    expect(() =>
      decideEvent({
        gh: env('pull_request'),
        payload: { pull_request: { number: 7, head: {} } },
        environment: 'staging',
        verify: false
      })
    ).toThrow(/'pull_request' payload is not what GitHub sends \(pull_request.head.sha: /)
  })

  it('asks for the sha input when nothing names a commit', () => {
    const gh = readGitHubEnv(
      { GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: 'schedule' },
      '/w'
    )
    expect(() =>
      decideEvent({ gh, payload: undefined, environment: 'staging', verify: false })
    ).toThrow(
      "Invalid input 'sha': no commit to gate: the 'schedule' event carries none and GITHUB_SHA is unset. Set the 'sha' input"
    )
  })
})

describe('readEventPayload', () => {
  it('reads the payload file the runner wrote', async () => {
    const payload = await readEventPayload(
      env('deployment_status', { GITHUB_EVENT_PATH: DEPLOYMENT_STATUS_PATH })
    )
    expect(payload).toEqual(deploymentStatusPayload())
  })

  it('treats a missing file as no payload and rejects a file that is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    expect(
      await readEventPayload(env('push', { GITHUB_EVENT_PATH: join(dir, 'none.json') }))
    ).toBeUndefined()
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{nope')
    await expect(readEventPayload(env('push', { GITHUB_EVENT_PATH: bad }))).rejects.toThrow(
      `Invalid environment variable 'GITHUB_EVENT_PATH': ${bad} is not JSON`
    )
  })
})
