/**
 * The API-server fault matrix (issue 17, part 1), in one table: every Kubernetes backend × every
 * phase of a run × every fault the API server can throw at the gate. fault-suite.test.ts runs each
 * row against the simulated cluster and checks the rule: the run ends with the backend's own
 * verdict and nothing labelled by the run is left, or it exits non-zero naming what is left and
 * the command to inspect it. Never exit 0 with something left behind.
 */
import type { FaultInjector } from '@chaos-gate/sim-cluster'

/** The backends under test, each with a short experiment on the seeded demo (namespace staging). */
export const BACKENDS = {
  'chaos-mesh': `apiVersion: chaos-mesh.org/v1alpha1
kind: NetworkChaos
metadata: { name: fm-delay, namespace: staging }
spec:
  action: delay
  mode: one
  selector: { namespaces: [staging], labelSelectors: { app: checkout } }
  delay: { latency: 100ms }
  duration: 30s
`,
  litmus: `apiVersion: litmuschaos.io/v1alpha1
kind: ChaosEngine
metadata: { name: fm-pod-delete, namespace: staging }
spec:
  engineState: active
  appinfo: { appns: staging, applabel: app=checkout, appkind: deployment }
  chaosServiceAccount: litmus-admin
  jobCleanUpPolicy: delete
  experiments:
    - name: pod-delete
      spec:
        components:
          env:
            - { name: TOTAL_CHAOS_DURATION, value: '30' }
            - { name: CHAOS_INTERVAL, value: '10' }
            - { name: FORCE, value: 'false' }
            - { name: PODS_AFFECTED_PERC, value: '33' }
`,
  'pod-kill': `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: fm-pod-kill, namespace: staging }
spec:
  podKill:
    selector:
      matchLabels: { app: checkout }
    count: 1
`,
  istio: `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: fm-istio-delay, namespace: staging }
spec:
  duration: 2s
  fault:
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: checkout }
    spec:
      hosts: [checkout]
      http:
        - fault:
            delay: { fixedDelay: 2s, percentage: { value: 10 } }
          route:
            - destination: { host: checkout, subset: v1 }
`
} as const

export type BackendName = keyof typeof BACKENDS

/**
 * When a fault is switched on: at the start of a phase of the run (the CLI's progress line), or
 * for `abort`, when the run is cancelled mid-fault (SIGINT): the abort and cleanup run under it.
 */
export const PHASES = ['preflight', 'submit', 'following', 'abort', 'cleanup'] as const
export type FaultPhase = (typeof PHASES)[number]

/** A fault: what to switch on, and how to switch it off again when the phase ends. */
export interface ApiFault {
  on(faults: FaultInjector): void
  /** Undone at the next phase, or by the fault itself (the API server comes back). */
  off(faults: FaultInjector): void
}

/** How long the API server is down in the down-then-back row. */
export const DOWN_MS = 1_500

export const FAULTS: Readonly<Record<string, ApiFault>> = {
  '503 burst': { on: (f) => f.failNext(3, 503), off: (f) => f.clear() },
  'connection reset': { on: (f) => f.resetNext(2), off: (f) => f.clear() },
  '429 + Retry-After': { on: (f) => f.failNext(2, 429), off: (f) => f.clear() },
  '700 ms latency': { on: (f) => f.addLatency(700), off: (f) => f.clear() },
  'dropped watch': {
    on: (f) => {
      f.dropWatches()
      f.closeWatchesAfter(100)
    },
    off: (f) => f.clear()
  },
  '410 Gone': { on: (f) => f.failNext(1, 410, { watch: true }), off: (f) => f.clear() },
  'DELETE 503': { on: (f) => f.failMatching({ method: 'DELETE' }, 503), off: (f) => f.clear() },
  'API down, then back': {
    on: (f) => {
      f.resetNext(Number.POSITIVE_INFINITY)
      setTimeout(() => f.clear(), DOWN_MS)
    },
    off: (f) => f.clear()
  }
}

/** One row of the matrix. */
export interface MatrixRow {
  readonly backend: BackendName
  readonly phase: FaultPhase
  readonly fault: string
}

/** Every row: 4 backends × 5 phases × 8 faults (about 8 minutes on the simulated cluster). */
export const MATRIX: readonly MatrixRow[] = Object.keys(BACKENDS).flatMap((backend) =>
  PHASES.flatMap((phase) =>
    Object.keys(FAULTS).map((fault) => ({ backend: backend as BackendName, phase, fault }))
  )
)

/**
 * The rows `npm test` runs: every backend at every phase, the faults rotating so each one is
 * thrown at two or three (backend, phase) pairs. CHAOS_GATE_FAULT_MATRIX=full runs MATRIX.
 */
export const SAMPLED: readonly MatrixRow[] = Object.keys(BACKENDS).flatMap((backend, b) =>
  PHASES.map((phase, p) => {
    const faults = Object.keys(FAULTS)
    const fault = faults[(b * PHASES.length + p) % faults.length] ?? ''
    return { backend: backend as BackendName, phase, fault }
  })
)
