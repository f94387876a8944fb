/**
 * A verdict needs evidence. Chaos Mesh, an Istio fault, the local proxy, Toxiproxy, FIS and Gremlin have no verdict of
 * their own, so an experiment on them without steady-state checks can only say "the fault was
 * injected". That is allowed (a smoke test), but worth a notice.
 */
import type { Rule } from './rule'

/** Notes experiments whose verdict would rest on injection alone. */
export const evidence: Rule = ({ experiment, family }) => {
  if (!experiment || (experiment.steadyState?.checks.length ?? 0) > 0) return []
  const verdictless =
    experiment.backend === 'chaos-mesh' ||
    experiment.backend === 'local' ||
    experiment.backend === 'toxiproxy' ||
    experiment.backend === 'aws-fis' ||
    experiment.backend === 'gremlin' ||
    experiment.kind === 'VirtualService'
  if (!verdictless) return []
  return [
    {
      ...experiment.source,
      severity: 'notice',
      code: 'steady-state/none',
      message: `'${experiment.name}' has no steady-state checks, and ${experiment.backend === 'chaos-mesh' ? 'Chaos Mesh' : experiment.kind} gives no verdict of its own: it passes when the fault is injected`,
      hint:
        family === 'gate'
          ? 'Add spec.steadyState checks.'
          : 'To judge the system, wrap the fault in an Experiment with spec.steadyState checks.'
    }
  ]
}
