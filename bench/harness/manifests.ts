/**
 * A realistic mix of manifests for the scale benchmark, one per file in 20 team folders: Chaos Mesh
 * faults, Litmus engines with probes, Experiments with Prometheus checks and native pod kills.
 * (Formerly bench/plan-manifests.ts; the timing now lives in benchmarks/manifest-scale.ts.)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const chaosMeshPodKill = (i: number): string => `apiVersion: chaos-mesh.org/v1alpha1
kind: PodChaos
metadata: { name: pod-kill-${i}, namespace: staging }
spec:
  action: pod-kill
  mode: one
  selector: { namespaces: [staging], labelSelectors: { app: svc-${i} } }
`

const TEMPLATES: readonly ((i: number) => string)[] = [
  chaosMeshPodKill,
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

/**
 * Writes `count` manifests into `dir/experiments/team-<i % 20>/exp-<i>.yaml` and returns the
 * experiments folder.
 */
export function generateManifests(dir: string, count: number): string {
  for (let i = 0; i < count; i++) {
    const sub = join(dir, 'experiments', `team-${i % 20}`)
    mkdirSync(sub, { recursive: true })
    const template = TEMPLATES[i % TEMPLATES.length] ?? chaosMeshPodKill
    writeFileSync(join(sub, `exp-${i}.yaml`), template(i))
  }
  return join(dir, 'experiments')
}
