import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { loadExperiments } from '../../src/policy/load-experiments'
import { ManifestError } from '../../src/util/errors'

const podKill = (count: number): string => `apiVersion: chaos-mesh.org/v1alpha1
kind: PodChaos
metadata: { name: kill, namespace: staging }
spec:
  action: pod-kill
  mode: fixed
  value: '${count}'
  selector: { namespaces: [staging], labelSelectors: { app: checkout } }
`

function workspace(manifest: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'load-experiments-'))
  writeFileSync(join(dir, 'kill.yaml'), manifest)
  return dir
}

const settings = (cwd: string) => ({
  experiments: ['.'],
  cwd,
  backend: 'auto' as const,
  environment: 'staging',
  policy: 'blastRadius: { maxTargets: 2 }'
})

describe('loadExperiments', () => {
  it('returns the policy the experiments passed, for the backends to check live counts against', async () => {
    const loaded = await loadExperiments(settings(workspace(podKill(2))), { env: {} })
    expect(loaded.experiments.map((e) => e.name)).toEqual(['kill'])
    expect(loaded.policy).toMatchObject({ source: 'policy input', maxTargets: 2 })
    expect(loaded.policy.environment).toBe('staging')
  })

  it('throws every error at once when the policy denies an experiment', async () => {
    const loading = loadExperiments(settings(workspace(podKill(3))), { env: {} })
    await expect(loading).rejects.toBeInstanceOf(ManifestError)
    await expect(loading).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'policy/max-targets' })]
    })
  })
})
