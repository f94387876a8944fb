/**
 * One FIS experiment as an Observation: every state FIS reports (API reference, ExperimentState:
 * pending, initiating, running, completed, stopping, stopped, failed, cancelled) mapped to a phase,
 * and a stop by the template's own stop condition (a CloudWatch alarm) to an `aborted` verdict
 * that names the alarm.
 */
import type { Experiment as FisExperiment } from '@aws-sdk/client-fis'

import type { Observation } from '../backend'

/** The observation for the experiment's current state. */
export function fisObservation(
  exp: FisExperiment,
  at: number,
  stoppedByGate: boolean
): Observation {
  // A string, not the SDK's enum: this SDK predates `cancelled`, which FIS now reports.
  const status: string = exp.state?.status ?? 'unknown'
  const reason = exp.state?.reason ?? ''
  const said = reason === '' ? '' : `: ${reason}`
  const base = { at, details: { experimentId: exp.id ?? '', status } }
  switch (status) {
    case 'pending':
    case 'initiating':
      return {
        ...base,
        phase: 'pending',
        message: `FIS experiment ${status}${said}`,
        terminal: false
      }
    case 'running':
    case 'stopping':
      return {
        ...base,
        phase: 'injected',
        message: `FIS experiment ${status}${said}`,
        terminal: false
      }
    case 'completed':
      return {
        ...base,
        phase: 'finished',
        message: `FIS experiment completed${said}`,
        terminal: true
      }
    case 'stopped': {
      const alarms = stopAlarms(exp)
      if (!stoppedByGate && /stop condition/i.test(reason))
        return {
          ...base,
          phase: 'stopped',
          verdict: 'aborted',
          message: `stopped by its stop condition${alarms.length > 0 ? ` (CloudWatch alarm ${alarms.join(', ')})` : ''}${said}`,
          terminal: true
        }
      return { ...base, phase: 'stopped', message: `FIS experiment stopped${said}`, terminal: true }
    }
    case 'failed':
    case 'cancelled':
      return {
        ...base,
        phase: 'failed',
        message: `FIS experiment ${status}${said}`,
        terminal: true
      }
    default:
      return {
        ...base,
        phase: 'failed',
        message: `FIS reported an unknown state '${status}'${said}`,
        terminal: true
      }
  }
}

/** The CloudWatch alarms among the experiment's stop conditions. */
function stopAlarms(exp: FisExperiment): string[] {
  return (exp.stopConditions ?? [])
    .filter((c) => c.source === 'aws:cloudwatch:alarm' && c.value)
    .map((c) => (c.value ?? '').replace(/^arn:aws[-a-z]*:cloudwatch:[^:]*:\d*:alarm:/, ''))
}
