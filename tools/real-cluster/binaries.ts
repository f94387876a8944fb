/**
 * The pinned control-plane binaries: scripts/k8s-control-plane.sh builds them on first use (tens
 * of minutes on 2 cores) and prints their folder; with a warm cache it only checks they are there.
 * Its progress and errors go to this process's stderr.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

export const BUILD_SCRIPT = join(__dirname, '..', '..', 'scripts', 'k8s-control-plane.sh')

export function controlPlaneBinaries(): string {
  const out = execFileSync(BUILD_SCRIPT, { stdio: ['ignore', 'pipe', 'inherit'] })
  return out.toString().trim().split('\n').at(-1) ?? ''
}
