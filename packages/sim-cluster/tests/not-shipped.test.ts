import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('the simulated cluster is a test tool', () => {
  it('is never imported from src/ (so it never reaches the shipped bundles)', () => {
    const offenders = sources(join(__dirname, '..', '..', '..', 'src')).filter((file) =>
      /from ['"][^'"]*(sim-cluster|tools\/cluster-sim)/.test(readFileSync(file, 'utf8'))
    )
    expect(offenders).toEqual([])
  })
})
