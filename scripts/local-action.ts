/**
 * `npm run local-action [-- ENV_FILE]`: runs the action from source with @github/local-action
 * (`local-action run . src/main.ts ENV_FILE`, default .env.example) against the demo shop API,
 * started here on the port CHAOS_GATE_DEMO_URL names in the env file. local-action exits 0 even
 * when the action fails, so this exits 1 when the action printed an `::error::`.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

import { startDemoService } from '../src/demo/demo-service'
import { systemClock } from '../src/util/clock'

const root = join(__dirname, '..')
const envFile = process.argv[2] ?? '.env.example'
const env = readEnvFile(resolve(root, envFile))

async function main(): Promise<number> {
  const demoUrl = new URL(env.CHAOS_GATE_DEMO_URL ?? 'http://127.0.0.1:8080')
  const demo = await startDemoService({
    clock: systemClock,
    random: Math.random,
    host: demoUrl.hostname,
    port: Number(demoUrl.port)
  })
  // local-action needs the summary file to exist before the action appends to it.
  const summary = resolve(root, env.GITHUB_STEP_SUMMARY ?? 'reports/local-action/summary.md')
  mkdirSync(dirname(summary), { recursive: true })
  writeFileSync(summary, '')
  process.stdout.write(`Demo shop API on ${demo.url}; running the action with ${envFile}\n`)
  try {
    const output = await run(['local-action', 'run', '.', 'src/main.ts', envFile])
    const errors = output.split('\n').filter((line) => line.startsWith('::error'))
    process.stdout.write(`\nJob summary: ${summary}\n`)
    return errors.length > 0 ? 1 : 0
  } finally {
    await demo.close()
  }
}

/** Runs local-action, echoing its output, and returns everything it printed. */
function run(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('npx', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      process.stdout.write(chunk)
    })
    child.on('error', fail)
    child.on('close', () => done(output))
  })
}

/** KEY=VALUE lines; `#` comments and blank lines skipped (what the scripts here need of dotenv). */
function readEnvFile(path: string): Record<string, string> {
  const values: Record<string, string> = {}
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(.*)$/.exec(line)
    if (match?.[1]) values[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2')
  }
  return values
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`local-action: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 1
  }
)
