/**
 * Runs one truth row as a user would: the bundled CLI as a child process (its own event loop,
 * signals and exit code), against the simulated cluster and the row's slot. While it runs, the
 * harness plays the world: it reads the run-state file the gate keeps, and when the fault is
 * recorded as submitted it breaks the service, kills Prometheus or signals the gate, as the row
 * says; when the fault is recorded as removed, a `breach` world heals.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

import { renderKubeconfig } from '@chaos-gate/sim-cluster'

import type { GateReport } from '../../src/gate/result'
import { LocalPrometheus } from '../../src/steady-state/prometheus/local-prometheus'
import { systemClock } from '../../src/util/clock'
import { silentLog } from '../../src/util/log'
import { experimentFor } from './manifest'
import type { Row } from './matrix'
import type { RunObject, TruthCluster } from './truth-cluster'
import { htmlServer, rowDeployment, type Slot, type World } from './world'

export interface RowResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  /** The JSON report, when the run wrote one. */
  readonly report: GateReport | undefined
  /** What the run left on the cluster, by its label or name (`Kind namespace/name`). */
  readonly leftovers: readonly string[]
  /** Those of the leftovers that another leftover owns: they go with their owner. */
  readonly owned: readonly string[]
  readonly wallMs: number
}

/** A port nothing listens on (the discard service): connections are refused at once. */
const CLOSED_PORT_URL = 'http://127.0.0.1:9'
/**
 * Credentials the AWS SDK's default chain finds first (the environment), for cloudwatch rows; no
 * instance metadata lookup, which would leave the machine, and no profile from the home directory.
 */
const AWS_TEST_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: '/nonexistent/aws-config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials'
}
const WATCH_MS = 50

interface FaultTimes {
  readonly submittedAt?: number
  readonly abortedAt?: number
  readonly cleanedAt?: number
}

export async function runRow(
  row: Row,
  index: number,
  world: World,
  slot: Slot,
  dist: string,
  kubeconfig: string
): Promise<RowResult> {
  const dir = mkdtempSync(join(tmpdir(), 'chaos-gate-truth-'))
  const unique = `row-${index}`
  const runId = `t${index}-${Date.now().toString(36)}`
  const own = await prometheusOf(row, world, slot)
  const file = join(dir, `${row.name}.yaml`)
  writeFileSync(
    file,
    experimentFor(row, {
      serviceUrl: slot.url,
      job: slot.job,
      prometheusUrl: own.url,
      datadogUrl: row.source === 'dd-unreachable' ? CLOSED_PORT_URL : world.datadog.url,
      cloudwatchUrl: row.source === 'cw-unreachable' ? CLOSED_PORT_URL : world.cloudwatch.url,
      chaosSecondMs: world.cluster.chaosSecondMs,
      unique
    })
  )
  const removeDeployment =
    row.backend === 'local' || row.backend === 'istio'
      ? undefined
      : await rowDeployment(world.cluster, unique)
  slot.setHealthy(row.world !== 'unhealthy')
  const startedAt = Date.now()
  const child = spawn(
    process.execPath,
    [
      join(dist, 'cli.js'),
      'run',
      file,
      '--kubeconfig',
      row.source === 'kube-unreachable' ? closedKubeconfig(dir) : kubeconfig,
      '--run-id',
      runId,
      '--state-dir',
      join(dir, 'state'),
      '--report-dir',
      join(dir, 'reports')
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...AWS_TEST_ENV, NO_COLOR: '1' }
    }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))

  const play = playWorld(
    row,
    slot,
    own,
    () => join(dir, 'state', `${runId}.json`),
    unique,
    (sig) => child.kill(sig),
    world.cluster
  )
  const code = await exited
  play.stop()
  const wallMs = Date.now() - startedAt
  slot.setHealthy(true)
  await own.stop()
  const left = row.backend === 'local' ? [] : await world.cluster.runObjects(runId)
  const leftovers = left.map((o) => o.name)
  const owned = ownedPods(left)
  await removeDeployment?.()
  const reportPath = join(dir, 'reports', 'chaos-gate-report.json')
  return {
    code,
    stdout,
    stderr,
    report: existsSync(reportPath)
      ? (JSON.parse(readFileSync(reportPath, 'utf8')) as GateReport)
      : undefined,
    leftovers,
    owned,
    wallMs
  }
}

/** The leftover Pods whose owner is another leftover (a Litmus runner its ChaosEngine owns). */
export function ownedPods(left: readonly RunObject[]): string[] {
  const names = left.map((o) => o.name)
  return left
    .filter((o) => o.name.startsWith('Pod ') && o.owners.some((owner) => names.includes(owner)))
    .map((o) => o.name)
}

/**
 * Plays the world around a running gate: watches the run-state file at `statePath()` (named
 * `<runId>.json`) and, once the experiment's fault is recorded as submitted, kills the row's
 * Prometheus or signals the gate, as the row says, and breaks the slot once the fault acts on it;
 * once the fault is recorded as removed, a `breach` heals.
 */
export function playWorld(
  row: Row,
  slot: Slot,
  own: { stop(): Promise<void> },
  statePath: () => string | undefined,
  experiment: string,
  signal: (sig: NodeJS.Signals) => void,
  cluster: TruthCluster
): { stop(): void } {
  let submitted = false
  let broken = false
  let looking = false
  let removed = false
  const breaks = row.world === 'breach' || row.world === 'no-recovery'
  const timer = setInterval(() => {
    const path = statePath()
    const times = path ? faultTimes(path, experiment) : {}
    if (!submitted && times.submittedAt !== undefined) {
      submitted = true
      if (row.world === 'prometheus-dies') void own.stop()
      if (row.signal) signal(row.signal)
    }
    if (submitted && !removed && (times.abortedAt ?? times.cleanedAt) !== undefined) {
      removed = true
      if (row.world === 'breach') slot.setHealthy(true)
    }
    if (breaks && submitted && !removed && !broken && !looking && path !== undefined) {
      looking = true
      void actsOn(row, cluster, basename(path, '.json'))
        .then((acting) => {
          if (acting && !removed && !broken) {
            broken = true
            slot.setHealthy(false)
          }
        })
        .finally(() => (looking = false))
    }
  }, WATCH_MS)
  return { stop: () => clearInterval(timer) }
}

/**
 * Whether the row's submitted fault acts on the service yet. A Chaos Mesh object does nothing
 * until its controller has injected the targets it selected, which on the real control plane can
 * come after the gate's first steady-state sample; breaking the service before then would be a
 * world where the system broke on its own, and the gate rightly says the fault affected nothing.
 * Every other backend acts once submitted.
 */
async function actsOn(row: Row, cluster: TruthCluster, runId: string): Promise<boolean> {
  return row.backend !== 'chaos-mesh' || (await cluster.meshInjected(runId).catch(() => false))
}

/** A kubeconfig naming an API server nothing listens on. */
function closedKubeconfig(dir: string): string {
  const file = join(dir, 'closed.kubeconfig')
  writeFileSync(file, renderKubeconfig(CLOSED_PORT_URL, 'no-token', undefined))
  return file
}

/** The run-state file's record of the row's fault, as far as it is written yet. */
function faultTimes(path: string, experiment: string): FaultTimes {
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as {
      experiments?: Record<string, FaultTimes>
    }
    return state.experiments?.[experiment] ?? {}
  } catch {
    // Not written yet, or caught mid-rename: the next look will see it.
    return {}
  }
}

/** The Prometheus the row's source names, and how to stop it if the row owns it. */
export async function prometheusOf(
  row: Row,
  world: World,
  slot: Slot
): Promise<{ url: string; stop(): Promise<void> }> {
  const shared = { url: world.prometheus.url, stop: () => Promise.resolve() }
  if (row.source === 'prom-unreachable') return { ...shared, url: CLOSED_PORT_URL }
  if (row.source === 'prom-html') {
    const html = await htmlServer()
    return { url: html.url, stop: () => html.close() }
  }
  if (row.world !== 'prometheus-dies') return shared
  // A Prometheus of the row's own, so that killing it blinds no other row.
  const prometheus = await LocalPrometheus.start({
    jobs: [{ job: slot.job, targets: [slot.metrics.target] }],
    scrapeIntervalMs: 1000,
    clock: systemClock,
    log: silentLog
  })
  let stopped: Promise<void> | undefined
  return { url: prometheus.url, stop: () => (stopped ??= prometheus.dispose()) }
}
