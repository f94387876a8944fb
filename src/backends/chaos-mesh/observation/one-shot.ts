/**
 * One-shot chaos (`+chaos-mesh:oneshot`; docs/backends/chaos-mesh.md, "A chaos object"): pod-kill, container-kill, ec2-restart,
 * vm-restart, node-reset inject once and never recover. Their success signal is every record
 * Injected; AllRecovered stays False until deletion and `duration` is ignored.
 */
import { ONE_SHOT } from '../../../manifest/adopt/chaos-mesh/chaos-mesh-kinds'

export function isOneShot(
  kind: string,
  spec: Readonly<Record<string, unknown>> | undefined
): boolean {
  const action = spec?.action
  return typeof action === 'string' && ONE_SHOT.includes(`${kind}/${action}`)
}
