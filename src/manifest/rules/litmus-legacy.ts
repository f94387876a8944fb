/**
 * Litmus fields that look meaningful but are ignored today: `annotationCheck` (gone from the
 * current CRD and chaos-operator) and the ChaosCenter `probeRef` annotation (chaos-operator and
 * litmus-go never read it, so those probes would silently not run).
 */
import type { Issue } from '../../util/errors'
import { at } from '../plain'
import type { Rule } from './rule'

/** Warns about fields the current Litmus ignores. */
export const litmusLegacyFields: Rule = ({ objects }) =>
  objects
    .filter((o) => o.family === 'litmus')
    .flatMap((o) => {
      const issues: Issue[] = []
      if (at(o.value, ['spec', 'annotationCheck']) !== undefined) {
        issues.push({
          ...o.locate(['spec', 'annotationCheck']),
          severity: 'warning',
          code: 'litmus/legacy-field',
          message:
            'annotationCheck is ignored: current Litmus no longer checks the litmuschaos.io/chaos annotation',
          hint: 'Remove it.'
        })
      }
      if (at(o.value, ['metadata', 'annotations', 'probeRef']) !== undefined) {
        issues.push({
          ...o.locate(['metadata', 'annotations', 'probeRef']),
          severity: 'warning',
          code: 'litmus/probe-ref',
          message:
            'the probeRef annotation refers to ChaosCenter resource probes, which chaos-operator and litmus-go never read: these probes will not run',
          hint: 'Write the probes inline under experiments[].spec.probe.'
        })
      }
      return issues
    })
