import { join, resolve } from 'node:path'

/**
 * Where the simulator finds the CRDs it installs and the ChaosExperiment it seeds: the folders
 * this repository commits (written by `npm run schemas:crds`, scripts/crd-schemas.ts), so a real
 * API server can install the very same files.
 */
const REPO_ROOT = resolve(__dirname, '..', '..', '..')
export const CRD_SCHEMA_ROOT = join(REPO_ROOT, 'schema', 'crds')
export const CHAOS_EXPERIMENT_ROOT = join(REPO_ROOT, 'schema', 'chaos-experiments')
