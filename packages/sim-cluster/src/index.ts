/**
 * @chaos-gate/sim-cluster: a simulated Kubernetes API server with the controllers and the
 * Litmus and Chaos Mesh operators Chaos Gate talks to, fault hooks, and a control endpoint.
 * The supported surface; deeper modules (`@chaos-gate/sim-cluster/core/json`, ...) are helpers
 * for this repository's tests.
 */
export type { Clock } from './clock'
export { systemClock } from './clock'
export { type ControlServer, startControlServer } from './control/control-server'
export type { ObjectRef } from './controllers/system-client'
export type { FaultInjector, FaultStatus, RequestMatch } from './faults/fault-injector'
export type { RequestLog, RequestRecord } from './faults/request-log'
export { type KubeconfigOptions, renderKubeconfig } from './kubeconfig'
export { connectionFromKubeconfig, type KubeConnection } from './operators/runtime/kube-connection'
export {
  type OperatorsOptions,
  type RunningOperators,
  startOperators
} from './operators/start-operators'
export { DEFAULT_TIMING, type SimClusterOptions, type SimTiming } from './options'
export { DEMO, seedExamples } from './seed'
export { type FrontDoor, type SimCluster, startSimCluster } from './sim-cluster'
