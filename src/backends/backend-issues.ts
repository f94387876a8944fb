/**
 * The issues every backend raises the same way, so they read alike whichever backend runs: a fault
 * it does not run, and a preflight that found it cannot start.
 */
import type { BackendKind, Experiment } from '../manifest/model'
import type { Issue } from '../util/errors'
import type { PreflightReport } from './backend'

/** `runs` names what the backend does run, e.g. "httpProxy faults". */
export function unsupportedFault(exp: Experiment, backend: BackendKind, runs: string): Issue {
  return {
    ...exp.locate(['spec']),
    severity: 'error',
    code: `${backend}/unsupported`,
    message: `the ${backend} backend runs ${runs}; this experiment's fault is ${exp.fault.kind}`,
    hint: `write the fault as ${runs}, or pick the backend that runs ${exp.fault.kind} faults`
  }
}

/** A preflight that stops the run: one error at `path` of the manifest, with how to fix it. */
export function preflightIssue(
  exp: Experiment,
  backend: BackendKind,
  path: readonly string[],
  message: string,
  hint: string
): Issue {
  return {
    ...exp.locate([...path]),
    severity: 'error',
    code: `${backend}/preflight`,
    message,
    hint
  }
}

export function preflightFailed(...args: Parameters<typeof preflightIssue>): PreflightReport {
  return { warnings: [], issues: [preflightIssue(...args)] }
}
