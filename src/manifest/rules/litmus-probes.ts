/**
 * Litmus probes (`experiments[].spec.probe[]`), checked against the current ChaosEngine CRD:
 * name, type, mode and runProperties are required, and probeTimeout, interval and the other
 * timing fields are strings with units ('5s'). Litmus 2 wrote them as numbers of seconds; the
 * current CRD rejects those, so the fix is spelled out.
 */
import type { Issue } from '../../util/errors'
import { GO_DURATION } from '../adopt/chaos-mesh/chaos-mesh-fault'
import type { DocPath, Locate } from '../model'
import { isRecord, listAt, quote } from '../plain'
import type { Rule } from './rule'

const TYPES = ['k8sProbe', 'httpProbe', 'cmdProbe', 'promProbe', 'sloProbe']
const MODES = ['SOT', 'EOT', 'Edge', 'Continuous', 'OnChaos']
const REQUIRED_DURATIONS = ['probeTimeout', 'interval']
const OPTIONAL_DURATIONS = ['probePollingInterval', 'initialDelay', 'evaluationTimeout']
const INTEGERS = ['retry', 'attempt', 'initialDelaySeconds']

/** Checks every probe of every Litmus object in the document. */
export const litmusProbes: Rule = ({ objects }) =>
  objects
    .filter((o) => o.family === 'litmus')
    .flatMap((o) =>
      listAt(o.value, ['spec', 'experiments']).flatMap((e, i) =>
        listAt(e, ['spec', 'probe']).flatMap((p, j) =>
          checkProbe(p, ['spec', 'experiments', i, 'spec', 'probe', j], o.locate)
        )
      )
    )

function checkProbe(probe: unknown, path: DocPath, locate: Locate): Issue[] {
  const issues: Issue[] = []
  const add = (at: DocPath, message: string, hint?: string): void => {
    issues.push({
      ...locate(at),
      severity: 'error',
      code: 'litmus/probe',
      message,
      ...(hint ? { hint } : {})
    })
  }
  if (!isRecord(probe))
    return [
      {
        ...locate(path),
        severity: 'error',
        code: 'litmus/probe',
        message: 'a probe must be a mapping'
      }
    ]
  const label = typeof probe.name === 'string' ? `probe '${probe.name}'` : 'probe'
  for (const field of ['name', 'type', 'mode', 'runProperties']) {
    if (probe[field] === undefined)
      add(path, `${label} needs ${field} (required by the ChaosEngine CRD)`)
  }
  if (probe.type !== undefined && !(typeof probe.type === 'string' && TYPES.includes(probe.type)))
    add(
      [...path, 'type'],
      `${label} type must be one of ${TYPES.join(', ')}; got ${quote(probe.type)}`
    )
  else if (
    typeof probe.type === 'string' &&
    probe[`${probe.type}/inputs`] === undefined &&
    probe.type !== 'k8sProbe'
  ) {
    add(path, `${label} of type ${probe.type} needs '${probe.type}/inputs'`)
  }
  if (probe.mode !== undefined && !(typeof probe.mode === 'string' && MODES.includes(probe.mode)))
    add(
      [...path, 'mode'],
      `${label} mode must be one of ${MODES.join(', ')}; got ${quote(probe.mode)}`
    )
  const run = probe.runProperties
  if (run === undefined) return issues
  if (!isRecord(run))
    return [
      ...issues,
      {
        ...locate([...path, 'runProperties']),
        severity: 'error',
        code: 'litmus/probe',
        message: 'runProperties must be a mapping'
      }
    ]
  for (const field of [...REQUIRED_DURATIONS, ...OPTIONAL_DURATIONS])
    checkDuration(
      run[field],
      field,
      REQUIRED_DURATIONS.includes(field),
      [...path, 'runProperties'],
      label,
      add
    )
  for (const field of INTEGERS) {
    const v = run[field]
    if (v !== undefined && !Number.isInteger(v))
      add(
        [...path, 'runProperties', field],
        `${label} runProperties.${field} must be a whole number; got ${quote(v)}`
      )
  }
  return issues
}

function checkDuration(
  value: unknown,
  field: string,
  required: boolean,
  path: DocPath,
  label: string,
  add: (at: DocPath, message: string, hint?: string) => void
): void {
  if (value === undefined) {
    if (required)
      add(path, `${label} runProperties needs ${field} (a string duration such as '5s')`)
    return
  }
  if (typeof value === 'number') {
    add(
      [...path, field],
      `${label} runProperties.${field} is the number ${value}, but the current ChaosEngine CRD requires a string`,
      `Write ${field}: '${value}s' (Litmus 3 reads it as a duration with a unit).`
    )
    return
  }
  if (typeof value !== 'string' || !GO_DURATION.test(value))
    add(
      [...path, field],
      `${label} runProperties.${field} must be a duration such as '5s' or '500ms'; got ${quote(value)}`
    )
}
