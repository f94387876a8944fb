/**
 * The secrets an experiment's steady-state block carries once its `${VAR}`s are interpolated:
 * Prometheus, probe and steady-load header values, and the Datadog API and application keys. The
 * run registers them with the process's SecretMask as soon as the manifests are loaded, so a
 * server that quotes one (an error page, a warning) never puts it in the log or a report.
 */
import type { Experiment } from '../manifest/model'
import { headerSecrets, type SecretMask } from '../util/secret-mask'

export function steadyStateSecrets(experiment: Experiment): string[] {
  const s = experiment.steadyState
  if (!s) return []
  return [
    ...headerSecrets(s.prometheus?.headers ?? {}),
    ...headerSecrets(s.probe?.headers ?? {}),
    ...headerSecrets(s.load?.headers ?? {}),
    ...(s.datadog ? [s.datadog.apiKey, s.datadog.appKey] : [])
  ]
}

/** Registers every experiment's steady-state secrets with `secrets`. */
export function maskSteadyStateSecrets(
  experiments: readonly Experiment[],
  secrets: SecretMask | undefined
): void {
  for (const e of experiments) secrets?.add(...steadyStateSecrets(e))
}
