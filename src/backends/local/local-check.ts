/** Pure checks of an experiment for the `local` backend, beyond what the manifest schema checks. */
import type { Experiment } from '../../manifest/model'
import type { Issue } from '../../util/errors'
import { unsupportedFault } from '../backend-issues'

export function checkLocalExperiment(exp: Experiment): readonly Issue[] {
  const issues: Issue[] = []
  const issue = (path: (string | number)[], message: string, hint: string): void => {
    issues.push({
      ...exp.locate(path),
      severity: 'error',
      message,
      hint,
      code: 'local/unsupported'
    })
  }
  if (exp.fault.kind !== 'http-proxy') return [unsupportedFault(exp, 'local', 'httpProxy faults')]
  const upstream = exp.fault.spec.upstream
  if (!/^https?:\/\/[^/]/.test(upstream))
    issue(
      ['spec', 'httpProxy', 'upstream'],
      `upstream '${upstream}' is not an http(s) URL`,
      "write it like 'http://127.0.0.1:8080'"
    )
  if (exp.durationMs === undefined)
    issue(
      ['spec', 'duration'],
      'an httpProxy fault needs a duration; without one it would never switch off',
      "add duration: '30s'"
    )
  return issues
}
