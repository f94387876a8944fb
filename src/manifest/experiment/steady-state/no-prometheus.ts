/**
 * "This needs Prometheus, and none is configured", worded once with its fix. A query check found
 * without one when the manifest is validated, a policy guard that cannot be measured, a check
 * left without a source at preflight and an error budget with nothing to read all say it alike.
 */
export const NO_PROMETHEUS = 'no Prometheus is configured'

/** The fix, as a clause: where a Prometheus can be set. */
export const SET_PROMETHEUS =
  'set steadyState.prometheus.url in the experiment, or the prometheus-url input (--prometheus-url on the command line)'

/** The fix as a sentence, for an issue's hint. */
export const SET_PROMETHEUS_HINT = `S${SET_PROMETHEUS.slice(1)}.`
