/**
 * Child processes timed from the outside: the clock starts right before spawn() and stops at the
 * 'exit' event, so node's own start-up counts, as it does for a user. Peak RSS and CPU time come
 * from a preload that writes process.resourceUsage() when the child exits.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const PRELOAD = join(__dirname, 'usage-preload.cjs')

/** What the child's own resource usage came to. */
export interface Usage {
  readonly maxRssBytes: number
  readonly cpuMs: number
}

/** A finished child. */
export interface Finished {
  /** performance.now() right before spawn, and at exit. */
  readonly startedAt: number
  readonly exitedAt: number
  readonly wallMs: number
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  readonly usage?: Usage
}

export interface NodeRun {
  /** The node binary; the one running the benchmark when unset. */
  readonly node?: string
  readonly args: readonly string[]
  readonly cwd: string
  readonly env?: Readonly<Record<string, string>>
  /** Write peak RSS and CPU time to this file on exit (through the preload). */
  readonly usageFile?: string
  /** Killed with SIGKILL after this long: a hung child must not hang the benchmark. */
  readonly timeoutMs: number
}

/** A running child: signal it, wait for it. */
export interface Running {
  readonly child: ChildProcess
  readonly startedAt: number
  readonly finished: Promise<Finished>
}

/** Starts `node [--require preload] ...args`. */
export function startNode(run: NodeRun): Running {
  const preload = run.usageFile !== undefined ? ['--require', PRELOAD] : []
  const env = {
    ...process.env,
    ...run.env,
    ...(run.usageFile !== undefined && { CHAOS_GATE_BENCH_USAGE: run.usageFile })
  }
  const startedAt = performance.now()
  const child = spawn(run.node ?? process.execPath, [...preload, ...run.args], {
    cwd: run.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const killer = setTimeout(() => child.kill('SIGKILL'), run.timeoutMs)
  const finished = new Promise<Finished>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      const exitedAt = performance.now()
      clearTimeout(killer)
      // 'close' comes after the pipes drain, so the output is complete.
      child.once('close', () => {
        const usage = run.usageFile !== undefined ? readUsage(run.usageFile) : undefined
        const base = { startedAt, exitedAt, wallMs: exitedAt - startedAt, code, signal }
        resolve({ ...base, stdout, stderr, ...(usage && { usage }) })
      })
    })
  })
  return { child, startedAt, finished }
}

/** Runs node to the end. */
export function runNode(run: NodeRun): Promise<Finished> {
  return startNode(run).finished
}

function readUsage(file: string): Usage | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    rmSync(file, { force: true })
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const rss = 'maxRssBytes' in parsed ? parsed.maxRssBytes : undefined
    const cpu = 'cpuMs' in parsed ? parsed.cpuMs : undefined
    return typeof rss === 'number' && typeof cpu === 'number'
      ? { maxRssBytes: rss, cpuMs: cpu }
      : undefined
  } catch {
    return undefined
  }
}

/** Throws with the child's output when it did not exit with one of `codes`. */
export function expectExit(run: Finished, what: string, codes: readonly number[] = [0]): void {
  if (run.code !== null && codes.includes(run.code)) return
  const how = run.code !== null ? `exit ${run.code}` : `signal ${run.signal ?? '?'}`
  const output = `${run.stderr}\n${run.stdout}`.trim().split('\n').slice(-15).join('\n')
  throw new Error(`${what} ended with ${how}:\n${output}`)
}
