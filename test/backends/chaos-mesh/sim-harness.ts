/**
 * The chaos-mesh and kubernetes backends wired to a simulated cluster over real HTTPS, the way the
 * CLI wires them to a real one: kubeconfig file → connectKube → the backend. Experiments are read
 * from YAML through the real manifest loader, so what is tested is what a user's file becomes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type SimCluster, type SimClusterOptions, startSimCluster } from '@chaos-gate/sim-cluster'

import type { Backend, Handle, Observation, RunContext } from '../../../src/backends/backend'
import { createChaosMeshBackend } from '../../../src/backends/chaos-mesh/chaos-mesh-backend'
import { connectKube, type KubeConnection } from '../../../src/backends/kube/connect'
import { runLabels } from '../../../src/backends/labels'
import type { Experiment } from '../../../src/manifest/model'
import { inspectExperiments } from '../../../src/policy/load-experiments'
import { loadPolicy } from '../../../src/policy/load-policy'
import type { Policy } from '../../../src/policy/policy'
import { systemClock } from '../../../src/util/clock'
import { formatIssue } from '../../../src/util/errors'
import { silentLog } from '../../../src/util/log'

/** Short retries: the simulated faults are meant to be retried through quickly. */
export const FAST_RETRY = { attempts: 5, baseDelayMs: 20, maxDelayMs: 100, jitter: 0 }

/** Sim timings where one chaos second is 20 ms: a 30 s fault lasts 0.6 s. */
export const SIM_TIMING = {
  podReadyMs: 20,
  podTerminationMs: 10,
  operatorStepMs: 2,
  chaosSecondMs: 20,
  retryMs: 10
}

export interface KubeSim {
  readonly sim: SimCluster
  readonly conn: KubeConnection
  readonly kubeconfig: string
  readonly dir: string
  readonly policy: Policy
  close(): Promise<void>
}

export async function startKubeSim(options: SimClusterOptions = {}): Promise<KubeSim> {
  const sim = await startSimCluster({
    seedDemo: true,
    ...options,
    timing: { ...SIM_TIMING, ...options.timing }
  })
  const dir = mkdtempSync(join(tmpdir(), 'mesh-sim-'))
  const kubeconfig = join(dir, 'kubeconfig')
  await sim.writeKubeconfig(kubeconfig, { namespace: 'staging' })
  const conn = await connectKube(
    { kubeconfig, env: {} },
    { clock: systemClock, log: silentLog, retry: FAST_RETRY }
  )
  const policy = loadPolicy({ cwd: dir, environment: 'staging' }).policy
  return {
    sim,
    conn,
    kubeconfig,
    dir,
    policy,
    close: async () => {
      conn.close()
      await sim.close()
    }
  }
}

/**
 * The chaos-mesh backend with bounds short enough for tests, yet long enough for the simulated
 * operator, an API client now, to act on a loaded CI machine (3 s once ran out there).
 */
export function chaosMeshBackend(
  k: KubeSim,
  bounds: Partial<Record<string, number>> = {}
): Backend {
  return createChaosMeshBackend({
    kube: k.conn.objects,
    cluster: k.conn.cluster,
    defaultNamespace: 'staging',
    policy: k.policy,
    injectionBoundMs: bounds.injectionBoundMs ?? 10_000,
    recoverBoundMs: bounds.recoverBoundMs ?? 3_000,
    removeBoundMs: bounds.removeBoundMs ?? 3_000
  })
}

let files = 0

/** The experiments the real loader makes of `yaml` (written to a file); throws on any error. */
export async function experimentsFrom(dir: string, yaml: string): Promise<Experiment[]> {
  const file = join(dir, `experiment-${++files}.yaml`)
  writeFileSync(file, yaml)
  const inspection = await inspectExperiments(
    {
      experiments: [file],
      cwd: dir,
      backend: 'auto',
      namespace: 'staging',
      environment: 'staging'
    },
    { env: {} }
  )
  const errors = inspection.issues.filter((i) => i.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map(formatIssue).join('\n'))
  return inspection.plans.map((p) => p.experiment)
}

export async function experimentFrom(dir: string, yaml: string): Promise<Experiment> {
  const [exp] = await experimentsFrom(dir, yaml)
  if (!exp) throw new Error('no experiment in the YAML')
  return exp
}

let runs = 0

/** A run context on the real clock, labelled like the engine labels it. */
export function runContext(exp: Experiment, signal = new AbortController().signal): RunContext {
  const runId = `t${(++runs).toString(36)}${Date.now().toString(36).slice(-4)}`
  return {
    runId,
    clock: systemClock,
    log: silentLog,
    signal,
    labels: runLabels(runId, exp.name),
    deadline: Date.now() + 60_000
  }
}

/** Follows the fault until a terminal observation, `stopWhen`, or `timeoutMs`. */
export async function observeUntil(
  backend: Backend,
  handle: Handle,
  ctx: RunContext,
  stopWhen: (o: Observation) => boolean = () => false,
  timeoutMs = 10_000
): Promise<Observation[]> {
  const seen: Observation[] = []
  const stop = new AbortController()
  const timer = setTimeout(() => stop.abort(), timeoutMs)
  try {
    for await (const o of backend.observe(handle, { ...ctx, signal: stop.signal })) {
      seen.push(o)
      if (o.terminal || stopWhen(o)) break
    }
  } finally {
    clearTimeout(timer)
  }
  return seen
}
