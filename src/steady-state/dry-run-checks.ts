/**
 * The sources' preflight: every check is measured once before any fault, and a check the source
 * rejects (a bad query, a config or credentials it refuses) stops the experiment there. A source
 * that cannot be reached does not stop it here: the `before` phase then cannot measure, which makes
 * the experiment inconclusive with nothing injected (docs/steady-state.md).
 */
import type { CheckSpec } from '../manifest/steady-state-model'
import { BackendError } from '../util/errors'
import type { MetricSource, SourceErrorKind } from './model'

/** Kinds that mean the check or the configuration is wrong, not that the source is unwell. */
const CONFIG_KINDS: ReadonlySet<SourceErrorKind> = new Set(['config', 'query', 'auth'])

export interface DryRun {
  /** Rejected checks, each `check 'name' (file:line:col): why`. */
  readonly rejected: readonly string[]
  /** The first failure that was not a rejection (the source is unwell), for a warning. */
  readonly unmeasured?: string
}

export async function dryRunChecks(
  source: MetricSource,
  checks: readonly CheckSpec[],
  signal: AbortSignal
): Promise<DryRun> {
  const at = await source.now(signal)
  const results = await Promise.all(
    checks.map((c) => source.measure(c, at, { phase: 'before' }, signal))
  )
  const rejected: string[] = []
  let unmeasured: string | undefined
  results.forEach((raw, i) => {
    const check = checks[i]
    if (!check || raw.kind !== 'error') return
    if (!CONFIG_KINDS.has(raw.errorKind)) {
      unmeasured ??= raw.message
      return
    }
    const { file, line, col } = check.location
    rejected.push(`check '${check.name}' (${file}:${line}:${col}): ${raw.message}`)
  })
  return { rejected, ...(unmeasured !== undefined && { unmeasured }) }
}

/** One error naming every rejected check, so all of them are fixed in one go. */
export function rejectedChecksError(
  source: string,
  target: string,
  rejected: readonly string[]
): BackendError {
  const count = rejected.length === 1 ? 'a check was' : `${rejected.length} checks were`
  return new BackendError(
    source,
    'preflight',
    target,
    `${count} rejected before any fault: ${rejected.join('; ')}`
  )
}
