/** Experiment manifests for the local fault-proxy backend, written into a benchmark's temp dir. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface LocalExperiment {
  readonly name: string
  readonly upstream: string
  readonly duration: string
  /** The proxy's port (0: any free port). */
  readonly port?: number
  /** The fault: `latency: { fixed: 1ms }` unless given (YAML, indented under httpProxy). */
  readonly fault?: string
  /** A steadyState block (YAML, indented under spec), if any. */
  readonly steadyState?: string
}

export function localExperimentYaml(e: LocalExperiment): string {
  const lines = [
    'apiVersion: chaos-gate.dev/v1alpha1',
    'kind: Experiment',
    `metadata: { name: ${e.name} }`,
    'spec:',
    '  backend: local',
    `  duration: ${e.duration}`,
    '  httpProxy:',
    `    upstream: ${e.upstream}`,
    `    listen: { port: ${e.port ?? 0} }`,
    `    ${e.fault ?? 'latency: { fixed: 1ms }'}`
  ]
  if (e.steadyState !== undefined) lines.push(e.steadyState)
  return `${lines.join('\n')}\n`
}

/** Writes one file per experiment into `dir`; returns `dir`. */
export function writeLocalExperiments(
  dir: string,
  experiments: readonly LocalExperiment[]
): string {
  for (const e of experiments) writeFileSync(join(dir, `${e.name}.yaml`), localExperimentYaml(e))
  return dir
}
