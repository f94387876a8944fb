import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { MARKERS, renderActionDocs } from '../../scripts/action-docs'

const actionYml = readFileSync(join(__dirname, '../../action.yml'), 'utf8')

describe('action docs', () => {
  const doc = `# Title\n\n${MARKERS.inputs[0]}\nstale-table-row\n${MARKERS.inputs[1]}\n\ntext\n\n${MARKERS.outputs[0]}\n${MARKERS.outputs[1]}\n`

  it('renders one row per input with its default, and one per output', () => {
    const out = renderActionDocs(actionYml, doc)
    expect(out).toContain('| `experiments` | Experiment manifests to run:')
    expect(out).toContain('| `github-token` | Secret. Token for the check run')
    expect(out).toContain('| `${{ github.token }}` |')
    expect(out).toContain('| `kubeconfig` | Path of a kubeconfig file.')
    expect(out).toMatch(/\| `context` \| .* \| _empty_ \|/)
    expect(out).toContain("| `verdict` | The gate's verdict:")
    expect(out).not.toContain('stale-table-row')
    expect(out).toMatch(/\| `timeout` \| .* \| `15m` \| `--timeout` \|/)
    expect(out).toMatch(/\| `check-run` \| .* \| _action only_ \|/)
    expect(out.startsWith('# Title\n\n')).toBe(true)
    expect(out).toContain('\ntext\n')
  })

  it('is stable: rendering twice changes nothing', () => {
    const once = renderActionDocs(actionYml, doc)
    expect(renderActionDocs(actionYml, once)).toBe(once)
  })

  it('keeps the README in step with action.yml', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8')
    expect(renderActionDocs(actionYml, readme)).toBe(readme)
  })

  it('refuses a document without the markers', () => {
    expect(() => renderActionDocs(actionYml, '# nothing here')).toThrow(/needs the markers/)
  })
})
