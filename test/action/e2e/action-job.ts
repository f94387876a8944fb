/**
 * One GitHub Actions job running the bundled action: a workspace with the manifests under test,
 * a runner temp directory, the runner's variables, and the action's `with:` block. `main()` and
 * `post()` run dist/main.js and dist/post.js as the runner does; post gets the STATE_* main saved.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

import { DEPLOYED_SHA, DEPLOYMENT_STATUS_PATH } from '../fixtures/payloads'
import { type RunningStep, runStep, type StepResult } from './runner-step'

export interface JobOptions {
  /** The bundle under test (bundleAction()). */
  readonly dist: string
  /** The recording GitHub API. */
  readonly githubUrl: string
  /** Manifest files copied into the workspace's experiments/ folder. */
  readonly manifests: readonly string[]
  /** The step's `with:` block (action.yml defaults fill the rest). */
  readonly with: Readonly<Record<string, string>>
  /** More variables for both steps (e.g. the demo service's URL). */
  readonly env?: Readonly<Record<string, string>>
}

/** The run-state file the engine keeps in RUNNER_TEMP (the fields these tests read). */
export interface RunStateFile {
  readonly status: string
  readonly experiments: Readonly<
    Record<
      string,
      {
        readonly handle?: { readonly name?: string; readonly data?: { readonly url?: string } }
        readonly submittedAt?: number
        readonly abortedAt?: number
        readonly cleanedAt?: number
      }
    >
  >
  readonly cleanups: readonly { readonly by: string; readonly clean: boolean }[]
}

export class ActionJob {
  /** The job's temp directory: workspace/, temp/ (RUNNER_TEMP), main/ and post/ file commands. */
  readonly dir = mkdtempSync(join(tmpdir(), 'chaos-gate-e2e-'))
  readonly env: Readonly<Record<string, string>>

  constructor(private readonly o: JobOptions) {
    const experiments = join(this.dir, 'workspace', 'experiments')
    mkdirSync(experiments, { recursive: true })
    for (const file of o.manifests) cpSync(file, join(experiments, basename(file)))
    this.env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'deployment_status',
      GITHUB_EVENT_PATH: DEPLOYMENT_STATUS_PATH,
      GITHUB_SHA: DEPLOYED_SHA,
      GITHUB_WORKSPACE: join(this.dir, 'workspace'),
      RUNNER_TEMP: join(this.dir, 'temp'),
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: o.githubUrl,
      ...o.env
    }
  }

  /** The `experiments` input naming these manifests, one per line. */
  static experimentsInput(names: readonly string[]): string {
    return names.map((n) => `experiments/${n}.yaml`).join('\n')
  }

  /** Runs main to its end (or until `onStart` kills it). */
  main(onStart?: (s: RunningStep) => void): Promise<StepResult> {
    return runStep({
      entry: join(this.o.dist, 'main.js'),
      with: this.o.with,
      env: this.env,
      dir: join(this.dir, 'main'),
      ...(onStart && { onStart })
    })
  }

  /** Runs post with the state main saved, as the runner feeds it back (STATE_*). */
  post(state: Readonly<Record<string, string>>): Promise<StepResult> {
    return runStep({
      entry: join(this.o.dist, 'post.js'),
      with: this.o.with,
      env: this.env,
      state,
      dir: join(this.dir, 'post')
    })
  }

  /** The engine's run-state file for the run main started. */
  runState(main: StepResult): RunStateFile {
    const path = join(this.dir, 'temp', 'chaos-gate', `${main.state['run-id']}.json`)
    return JSON.parse(readFileSync(path, 'utf8')) as RunStateFile
  }
}
