/**
 * Reads ChaosEngine and ChaosResult objects into typed views, tolerating every shape met in the
 * wild (docs/backends/litmus.md, "Things to know"): `experimentStatus` and the pre-2.3 `experimentstatus`,
 * `probeStatuses[]` and the pre-2.14 `probeStatus[]` map, `errorOutput` and the old `failStep`.
 * Missing or malformed fields become undefined, never an exception.
 */
import { resultSuffix } from '../../manifest/adopt/litmus/litmus-result-name'
import type { KubeObject } from '../../manifest/model'
import { isRecord } from '../kube/status'

/** One experiment the engine declares, and the ChaosResult name litmus-go will write for it. */
export interface DeclaredExperiment {
  readonly name: string
  /** `<engine>-<experiment>[-<INSTANCE_ID>]`. */
  readonly resultName: string
}

/** The engine as the operator and runner report it. */
export interface EngineView {
  readonly name: string
  readonly uid: string | undefined
  readonly engineState: string | undefined
  /** `initialized`, `completed` or `stopped`. */
  readonly engineStatus: string | undefined
  readonly declared: readonly DeclaredExperiment[]
  /** Per-experiment `status` and `verdict` from `status.experiments[]`. */
  readonly experiments: ReadonlyMap<
    string,
    { readonly status: string | undefined; readonly verdict: string | undefined }
  >
  /** When chaos-gate asked the engine to stop, if it did. */
  readonly abortedAt: string | undefined
}

/** One probe's outcome. */
export interface ProbeView {
  readonly name: string
  readonly type: string | undefined
  readonly mode: string | undefined
  readonly verdict: string | undefined
  readonly description: string | undefined
}

/** A ChaosResult's status. */
export interface ResultView {
  readonly name: string
  readonly experiment: string | undefined
  readonly phase: string | undefined
  /** `Awaited`, `Pass`, `Fail`, `Stopped` or `Error`. */
  readonly verdict: string | undefined
  /** A string: `Awaited` until the end, then `0` to `100`. */
  readonly probeSuccessPercentage: string | undefined
  readonly failStep: string | undefined
  readonly errorCode: string | undefined
  readonly reason: string | undefined
  readonly probes: readonly ProbeView[]
  /** Targets litmus-go recorded in `history.targets`, when it recorded any. */
  readonly targets: number | undefined
}

export function readEngine(engine: KubeObject, abortedAtAnnotation: string): EngineView {
  const spec = record(engine.spec)
  const status = record(engine.status)
  const name = engine.metadata.name ?? ''
  const declared = list(spec.experiments).map((e) => declaredExperiment(name, record(e)))
  const experiments = new Map(
    list(status.experiments).map((e) => {
      const entry = record(e)
      return [
        text(entry.name) ?? '',
        { status: text(entry.status), verdict: text(entry.verdict) }
      ] as const
    })
  )
  return {
    name,
    uid: text(engine.metadata.uid),
    engineState: text(spec.engineState),
    engineStatus: text(status.engineStatus),
    declared,
    experiments,
    abortedAt: engine.metadata.annotations?.[abortedAtAnnotation]
  }
}

function declaredExperiment(
  engineName: string,
  entry: Readonly<Record<string, unknown>>
): DeclaredExperiment {
  const name = text(entry.name) ?? ''
  return { name, resultName: [engineName, declaredSuffix(entry)].filter((p) => p).join('-') }
}

/** What litmus-go appends to the engine's name for each experiment an engine spec declares. */
export function declaredSuffixes(spec: unknown): string[] {
  return list(record(spec).experiments).map((e) => declaredSuffix(record(e)))
}

/** What litmus-go appends to the engine's name to name an experiment's ChaosResult. */
function declaredSuffix(entry: Readonly<Record<string, unknown>>): string {
  const env = list(record(record(entry.spec).components).env).map(record)
  const instance = text(env.find((e) => e.name === 'INSTANCE_ID')?.value)
  return resultSuffix(text(entry.name) ?? '', instance)
}

export function readResult(result: KubeObject): ResultView {
  const status = record(result.status)
  const exp = record(status.experimentStatus ?? status.experimentstatus)
  const error = record(exp.errorOutput ?? exp.failureOutput)
  const targets = list(record(status.history).targets).length
  return {
    name: result.metadata.name ?? '',
    experiment: text(record(result.spec).experiment),
    phase: text(exp.phase),
    verdict: text(exp.verdict),
    probeSuccessPercentage: text(exp.probeSuccessPercentage),
    failStep: text(exp.failStep ?? error.failedStep),
    errorCode: text(error.errorCode),
    reason: errorReason(text(error.reason)),
    probes: readProbes(status),
    targets: targets > 0 ? targets : undefined
  }
}

function readProbes(status: Readonly<Record<string, unknown>>): ProbeView[] {
  const current = list(status.probeStatuses).map(record)
  if (current.length > 0)
    return current.map((p) => {
      const s = record(p.status)
      return {
        name: text(p.name) ?? '?',
        type: text(p.type),
        mode: text(p.mode),
        verdict: text(s.verdict),
        description: text(s.description)
      }
    })
  // Before Litmus 2.14: status is a map of phase to "Passed 👍" / "Better Luck Next Time 👎".
  return list(status.probeStatus)
    .map(record)
    .map((p) => {
      const phases = Object.values(record(p.status)).map((v) => String(v))
      const failed = phases.some((v) => /better luck|fail/i.test(v))
      const passed = phases.length > 0 && phases.every((v) => /passed/i.test(v))
      const verdict = failed ? 'Failed' : passed ? 'Passed' : 'Awaited'
      return {
        name: text(p.name) ?? '?',
        type: text(p.type),
        mode: undefined,
        verdict,
        description: undefined
      }
    })
}

/**
 * litmus-go stores its structured error as JSON text in `reason`
 * (`{"errorCode":"STATUS_CHECKS_ERROR","phase":"PostChaos","reason":"..."}`): the human part is
 * the inner reason, with the phase it failed in.
 */
function errorReason(reason: string | undefined): string | undefined {
  if (!reason?.trimStart().startsWith('{')) return reason
  try {
    const inner = record(JSON.parse(reason))
    const text = typeof inner.reason === 'string' ? inner.reason : undefined
    if (!text) return reason
    const phase = typeof inner.phase === 'string' && inner.phase ? `${inner.phase}: ` : ''
    const target =
      typeof inner.target === 'string' && inner.target ? ` (target ${inner.target})` : ''
    return `${phase}${text}${target}`
  } catch {
    return reason
  }
}

const record = (value: unknown): Readonly<Record<string, unknown>> => (isRecord(value) ? value : {})
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [])

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value
  return typeof value === 'number' ? String(value) : undefined
}
