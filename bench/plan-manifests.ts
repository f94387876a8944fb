/**
 * `chaos-gate plan --json` over 1,000 generated manifests (product.md §10: validate/plan 1,000
 * manifests in ≤ 2 s). Generates a realistic mix (Chaos Mesh faults, Litmus engines, Experiments
 * with steady-state checks, native pod kills), then times the command in-process and as a child
 * process. Run: npx tsx bench/plan-manifests.ts [count]
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

import { COMMANDS } from '../src/cli/commands'
import { runCli } from '../src/cli/run-cli'
import { systemClock } from '../src/util/clock'

const count = Number(process.argv[2] ?? 1000)

const templates: readonly ((i: number) => string)[] = [
  (i) => `apiVersion: chaos-mesh.org/v1alpha1
kind: PodChaos
metadata: { name: pod-kill-${i}, namespace: staging }
spec:
  action: pod-kill
  mode: one
  selector: { namespaces: [staging], labelSelectors: { app: svc-${i} } }
`,
  (i) => `apiVersion: chaos-mesh.org/v1alpha1
kind: NetworkChaos
metadata: { name: delay-${i}, namespace: staging }
spec:
  action: delay
  mode: fixed
  value: '1'
  selector: { labelSelectors: { app: svc-${i} } }
  delay: { latency: 100ms, jitter: 10ms }
  duration: 60s
`,
  (i) => `apiVersion: litmuschaos.io/v1alpha1
kind: ChaosEngine
metadata: { name: engine-${i}, namespace: staging }
spec:
  appinfo: { appns: staging, applabel: app=svc-${i}, appkind: deployment }
  chaosServiceAccount: pod-delete-sa
  experiments:
    - name: pod-delete
      spec:
        components:
          env:
            - { name: TOTAL_CHAOS_DURATION, value: '30' }
            - { name: PODS_AFFECTED_PERC, value: '50' }
        probe:
          - name: up
            type: httpProbe
            mode: Continuous
            httpProbe/inputs: { url: 'http://svc-${i}:8080', method: { get: { criteria: ==, responseCode: '200' } } }
            runProperties: { probeTimeout: 2s, interval: 5s }
`,
  (i) => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: slo-${i}, namespace: staging }
spec:
  hypothesis: svc-${i} holds its SLO while a pod is slow.
  duration: 2m
  fault:
    apiVersion: chaos-mesh.org/v1alpha1
    kind: StressChaos
    spec:
      mode: one
      selector: { labelSelectors: { app: svc-${i} } }
      stressors: { cpu: { workers: 1, load: 50 } }
  steadyState:
    prometheus: { url: '\${PROMETHEUS_URL:-http://prometheus:9090}' }
    checks:
      - name: errors
        query: sum(rate(http_requests_total{app="svc-${i}",code=~"5.."}[{{window}}])) / sum(rate(http_requests_total{app="svc-${i}"}[{{window}}]))
        threshold: { max: 0.02 }
      - name: p99
        query: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{app="svc-${i}"}[{{window}}])))
        relative: { maxIncrease: 50%, slack: 0.05 }
`,
  (i) => `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: kill-${i}, namespace: staging }
spec:
  podKill: { selector: { matchLabels: { app: svc-${i} } } }
`
]

function generate(dir: string): void {
  for (let i = 0; i < count; i++) {
    const sub = join(dir, 'experiments', `team-${i % 20}`)
    mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `exp-${i}.yaml`), (templates[i % templates.length] ?? templates[0]!)(i))
  }
}

async function inProcess(dir: string): Promise<{ ms: number; code: number; bytes: number }> {
  let bytes = 0
  const io = {
    stdout: { write: (t: string) => (bytes += t.length) },
    stderr: { write: (t: string) => process.stderr.write(t) },
    env: {},
    cwd: dir,
    clock: systemClock,
    signal: new AbortController().signal
  }
  const start = performance.now()
  const code = await runCli(['plan', '--json'], COMMANDS, io, 'bench')
  return { ms: performance.now() - start, code, bytes }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chaos-gate-bench-'))
  try {
    generate(dir)
    const runs = []
    for (let i = 0; i < 5; i++) runs.push(await inProcess(dir))
    const first = runs[0]!
    const warm = runs
      .slice(1)
      .map((r) => r.ms)
      .sort((a, b) => a - b)
    process.stdout.write(
      `${count} manifests, plan --json exit ${first.code}, ${first.bytes} bytes of JSON\n`
    )
    process.stdout.write(
      `in-process: first ${first.ms.toFixed(0)} ms, warm median ${warm[Math.floor(warm.length / 2)]?.toFixed(0)} ms\n`
    )
    const script = "require('./src/cli').cli(['plan', '--json', process.argv[1]])"
    const start = performance.now()
    const child = spawnSync(
      process.execPath,
      ['--require', 'tsx/cjs', '-e', script, join(dir, 'experiments')],
      {
        cwd: resolve(__dirname, '..'),
        encoding: 'utf8',
        maxBuffer: 1 << 28
      }
    )
    process.stdout.write(
      `child process (node + tsx, cold): ${(performance.now() - start).toFixed(0)} ms, exit ${child.status}\n`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
