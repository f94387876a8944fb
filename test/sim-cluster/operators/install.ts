import type { Clock } from '../../../src/util/clock'
import type { AdmissionPlugin } from '../api/admission/admission'
import type { ControllerManager } from '../controllers/controller-runtime'
import type { EventRecorder } from '../controllers/event-recorder'
import type { SystemClient } from '../controllers/system-client'
import type { SimTiming } from '../options'
import type { CrdGroup } from '../resources/crd-types'
import { LitmusEngineOperator } from './litmus/engine-operator'

/** What the operator simulators are wired into. */
export interface OperatorContext {
  readonly manager: ControllerManager
  readonly client: SystemClient
  readonly events: EventRecorder
  readonly clock: Clock
  readonly timing: SimTiming
  /** Admission chain, for the operators' webhooks. */
  readonly admission: AdmissionPlugin[]
  readonly crdGroups: readonly CrdGroup[]
  readonly enabled?: { readonly litmus?: boolean; readonly chaosMesh?: boolean }
}

/** Installs the Litmus and Chaos Mesh simulators whose CRDs are installed (unless disabled). */
export function installOperators(ctx: OperatorContext): void {
  const { manager, client, events, clock, timing } = ctx
  if (ctx.crdGroups.includes('litmuschaos.io') && ctx.enabled?.litmus !== false) {
    manager.add(new LitmusEngineOperator(client, events, clock, timing))
  }
}
