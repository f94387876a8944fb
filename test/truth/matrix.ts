/**
 * The truth matrix: every verdict path, run from outside by the shipped bundle. A new backend or
 * steady-state source adds rows here; the harness (run-row.ts) stays as it is.
 *
 * Each row asserts the exit code, the verdict in the JSON report, that the report exists, and that
 * nothing labelled by the run is left on the cluster; or, for a fault the operator cannot remove
 * (`leftBehind`), that the run names each object it left and the command to deal with it. Only
 * `pass` rows exit 0.
 */
export type Backend = 'local' | 'litmus' | 'chaos-mesh' | 'pod-kill' | 'istio'
export type Source =
  | 'none'
  | 'probe'
  | 'prometheus'
  | 'prom-unreachable'
  | 'prom-html'
  | 'prom-empty'
  | 'prom-nan'
  | 'kube'
  | 'kube-unreachable'
  | 'kube-empty'
  | 'kube-nan'
  | 'datadog'
  | 'dd-unreachable'
  | 'dd-empty'
  | 'dd-nan'
  | 'cloudwatch'
  | 'cw-unreachable'
  | 'cw-empty'
  | 'cw-nan'

/**
 * What the world does around the fault: stays healthy, breaks while the fault is on, is broken
 * from the start, breaks with the fault and never recovers, or loses its Prometheus mid-fault.
 */
export type World = 'healthy' | 'breach' | 'unhealthy' | 'no-recovery' | 'prometheus-dies'

export type Verdict = 'pass' | 'fail' | 'aborted' | 'inconclusive' | 'error' | 'skipped'

export interface Row {
  readonly name: string
  readonly backend: Backend
  readonly source: Source
  readonly world: World
  /** The simulated operator's scripted outcome (sim.chaos-gate.dev/outcome). */
  readonly outcome?: 'fail' | 'stuck' | 'error'
  readonly expect?: 'fail'
  /** Sent to the gate once its fault is recorded as submitted. */
  readonly signal?: 'SIGINT' | 'SIGTERM' | 'SIGKILL'
  /** The operator keeps the fault object (a finalizer it never releases): nothing can remove it. */
  readonly leftBehind?: true
  readonly exit: 0 | 1 | 3
  readonly verdict: Verdict
}

const BACKENDS: readonly Backend[] = ['local', 'litmus', 'chaos-mesh', 'pod-kill', 'istio']
const KUBE_OPERATORS: readonly Backend[] = ['litmus', 'chaos-mesh']

export function row(
  backend: Backend,
  source: Source,
  world: World,
  exit: Row['exit'],
  verdict: Verdict,
  more: Partial<Pick<Row, 'outcome' | 'expect' | 'signal' | 'leftBehind'>> = {}
): Row {
  const tags = [more.outcome && `op-${more.outcome}`, more.expect && 'expect-fail', more.signal]
  const name = [backend, source, world, ...tags].filter(Boolean).join('-').toLowerCase()
  return { name, backend, source, world, exit, verdict, ...more }
}

export const ROWS: readonly Row[] = [
  // The operator's own verdicts: a Fail, a fault that never finishes, one never injected. First,
  // since a stuck Litmus run waits out its cleanup bounds while the other rows go on.
  ...KUBE_OPERATORS.flatMap((b) => [
    row(b, 'prometheus', 'healthy', 3, 'error', { outcome: 'stuck', leftBehind: true }),
    row(b, 'prometheus', 'healthy', 1, 'fail', { outcome: 'fail' }),
    row(b, 'prometheus', 'healthy', 3, 'error', { outcome: 'error' })
  ]),
  ...BACKENDS.flatMap((b) => [
    // The steady state holds: the only rows that may exit 0.
    row(b, 'none', 'healthy', 0, 'pass'),
    row(b, 'probe', 'healthy', 0, 'pass'),
    row(b, 'prometheus', 'healthy', 0, 'pass'),
    // It breaks while the fault is on: aborted, and the gate fails.
    row(b, 'probe', 'breach', 1, 'aborted'),
    row(b, 'prometheus', 'breach', 1, 'aborted'),
    // Broken before the fault: nothing is injected.
    row(b, 'prometheus', 'unhealthy', 1, 'fail'),
    // Prometheus cannot answer the question: never a pass.
    row(b, 'prom-unreachable', 'healthy', 1, 'inconclusive'),
    row(b, 'prom-html', 'healthy', 1, 'inconclusive'),
    row(b, 'prom-empty', 'healthy', 1, 'inconclusive'),
    row(b, 'prom-nan', 'healthy', 1, 'inconclusive'),
    // Cancelled mid-fault: the fault is removed, and a run stopped early has shown nothing.
    row(b, 'prometheus', 'healthy', 1, 'inconclusive', { signal: 'SIGINT' }),
    row(b, 'probe', 'healthy', 1, 'inconclusive', { signal: 'SIGTERM' })
  ]),
  // Recovery never comes.
  row('chaos-mesh', 'prometheus', 'no-recovery', 1, 'fail'),
  row('local', 'probe', 'no-recovery', 1, 'fail'),
  // Prometheus dies mid-fault: the fault is stopped, and what it did is unknown.
  row('chaos-mesh', 'prometheus', 'prometheus-dies', 1, 'inconclusive'),
  row('local', 'prometheus', 'prometheus-dies', 1, 'inconclusive'),
  // Kubernetes checks: a healthy Deployment passes, on the cluster the fault runs on and from the
  // local backend; an API server that cannot be reached, a selector with no pods and a ratio of a
  // Deployment scaled to zero are never a pass.
  row('pod-kill', 'kube', 'healthy', 0, 'pass'),
  row('local', 'kube', 'healthy', 0, 'pass'),
  row('local', 'kube-unreachable', 'healthy', 1, 'inconclusive'),
  row('pod-kill', 'kube-empty', 'healthy', 1, 'inconclusive'),
  row('pod-kill', 'kube-nan', 'healthy', 1, 'inconclusive'),
  // Datadog checks against a local server in the documented shapes: a healthy answer passes; an
  // API that cannot be reached, an answer with no series and one with only null points never do.
  row('local', 'datadog', 'healthy', 0, 'pass'),
  row('local', 'dd-unreachable', 'healthy', 1, 'inconclusive'),
  row('local', 'dd-empty', 'healthy', 1, 'inconclusive'),
  row('local', 'dd-nan', 'healthy', 1, 'inconclusive'),
  // CloudWatch checks through the real AWS SDK against a local GetMetricData endpoint: a healthy
  // answer passes; an endpoint that cannot be reached, an answer with no points and a NaN never do.
  row('local', 'cloudwatch', 'healthy', 0, 'pass'),
  row('local', 'cw-unreachable', 'healthy', 1, 'inconclusive'),
  row('local', 'cw-empty', 'healthy', 1, 'inconclusive'),
  row('local', 'cw-nan', 'healthy', 1, 'inconclusive'),
  // A negative test whose fault breaks nothing has not shown what it claims.
  row('chaos-mesh', 'prometheus', 'healthy', 1, 'fail', { expect: 'fail' }),
  row('local', 'probe', 'healthy', 1, 'fail', { expect: 'fail' })
]
