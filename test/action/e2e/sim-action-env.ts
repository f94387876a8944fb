/**
 * The setting of the action's end-to-end tests on the simulated cluster: one bundle and one
 * cluster per test file (https, the demo seed, its kubeconfig in a temp file), a fresh recording
 * GitHub API and Slack per test, and jobs whose `kubeconfig` input points at the cluster.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { DEMO, type SimCluster, startSimCluster } from '@chaos-gate/sim-cluster'
import { objectAt } from '@chaos-gate/sim-cluster/core/json'

import { GitHubServer } from '../servers/github-server'
import type { RecordedRequest } from '../servers/recording-server'
import { SlackServer } from '../servers/slack-server'
import { ActionJob } from './action-job'
import { bundleAction } from './bundle'

const ROOT = join(__dirname, '../../..')

export const MESH = 'chaos-mesh.org/v1alpha1'
export const LITMUS = 'litmuschaos.io/v1alpha1'

/** A manifest from the repository's experiments/. */
export const example = (name: string): string => join(ROOT, 'experiments', `${name}.yaml`)
/** A manifest from ./sim-experiments (the examples with a scripted outcome or duration). */
export const fixture = (name: string): string => join(__dirname, 'sim-experiments', `${name}.yaml`)

/** What a test sees; valid inside tests (the hooks set it up). */
export interface SimActionEnv {
  readonly cluster: SimCluster
  readonly github: GitHubServer
  readonly slack: SlackServer
  /** A job with these manifests in its workspace and the kubeconfig, token and Slack inputs set. */
  job(manifests: readonly string[], more?: Readonly<Record<string, string>>): ActionJob
  /** The requests to the check-runs API, in order. */
  checkRunCalls(): RecordedRequest[]
}

/** Registers the file's hooks and returns the environment they keep. */
export function simActionEnv(): SimActionEnv {
  let dist = ''
  let kubeconfig = ''
  let cluster: SimCluster | undefined
  let github: GitHubServer | undefined
  let slack: SlackServer | undefined
  const set = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside a test`)
    return value
  }

  beforeAll(async () => {
    dist = bundleAction()
    cluster = await startSimCluster({ seedDemo: true })
    kubeconfig = join(mkdtempSync(join(tmpdir(), 'chaos-gate-e2e-sim-')), 'kubeconfig')
    await cluster.writeKubeconfig(kubeconfig)
  }, 240_000)
  afterAll(() => cluster?.close())

  beforeEach(async () => {
    github = await new GitHubServer().start()
    slack = await new SlackServer().start()
    // Pods the previous test killed or deleted are replaced by now, or within moments.
    await set(cluster, 'the cluster').objects.waitFor(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        namespace: DEMO.namespace,
        name: DEMO.deployment
      },
      (d) => objectAt(d, 'status')?.['readyReplicas'] === 3
    )
  })
  afterEach(async () => {
    await github?.close()
    await slack?.close()
  })

  return {
    get cluster() {
      return set(cluster, 'the cluster')
    },
    get github() {
      return set(github, 'the GitHub API')
    },
    get slack() {
      return set(slack, 'Slack')
    },
    job: (manifests, more = {}) =>
      new ActionJob({
        dist,
        githubUrl: set(github, 'the GitHub API').url,
        manifests,
        with: {
          kubeconfig,
          'github-token': 'ghs_e2e_token',
          'slack-webhook-url': set(slack, 'Slack').webhookUrl,
          ...more
        }
      }),
    checkRunCalls: () =>
      set(github, 'the GitHub API').requests.filter((r) => r.path.includes('/check-runs'))
  }
}
