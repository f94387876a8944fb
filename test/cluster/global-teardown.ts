/** Stops the cluster:real the global setup started, and every process it ran. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.chaosGateRealCluster?.stop()
  globalThis.chaosGateRealCluster = undefined
}
