import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

const IMPORT = /from ['"]([^'"]+)['"]/g

describe('the simulated cluster is a package of its own', () => {
  it('is never imported from src/ (so it never reaches the shipped bundles)', () => {
    const offenders = sources(join(__dirname, '..', '..', '..', 'src')).filter((file) =>
      /from ['"][^'"]*(sim-cluster|tools\/cluster-sim)/.test(readFileSync(file, 'utf8'))
    )
    expect(offenders).toEqual([])
  })

  it('imports nothing from outside the package but Node and its declared dependencies', () => {
    const root = resolve(__dirname, '..', 'src')
    const declared = Object.keys(
      (
        JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
          dependencies?: Record<string, string>
        }
      ).dependencies ?? {}
    )
    const outside = sources(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((m) => m[1] ?? '')
        .filter((spec) =>
          spec.startsWith('.')
            ? !resolve(dirname(file), spec).startsWith(root)
            : !spec.startsWith('node:') && !declared.includes(spec)
        )
        .map((spec) => `${file}: ${spec}`)
    )
    expect(outside).toEqual([])
  })
})
