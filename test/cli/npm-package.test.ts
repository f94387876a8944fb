import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * `npx chaos-gate validate` in any CI: the published package is the self-contained bundle
 * (dist/index.js, its lazily loaded chunks and the cli.js entry) and the JSON schemas, with no
 * runtime dependencies to install. Checked against what `npm pack` would really publish.
 */
const root = join(__dirname, '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  private?: boolean
  bin?: Record<string, string>
  dependencies?: Record<string, string>
}

function packed(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  })
  const [info] = JSON.parse(out) as { files: { path: string }[] }[]
  return (info?.files ?? []).map((f) => f.path).sort()
}

describe('the npm package', () => {
  it('is publishable, with a chaos-gate bin that starts with a node shebang', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.bin).toEqual({ 'chaos-gate': 'dist/cli.js' })
    expect(readFileSync(join(root, 'dist/cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
  })

  it('ships the whole bundle and the schemas, and nothing of the sources', () => {
    const files = packed()
    const chunks = readdirSync(join(root, 'dist'))
      .filter((f) => f.endsWith('.index.js'))
      .map((f) => `dist/${f}`)
    expect(files).toEqual(
      expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/licenses.txt', ...chunks])
    )
    expect(files).toContain('schema/experiment.schema.json')
    expect(files.filter((f) => /^(src|test|bench|tools|scripts)\//.test(f))).toEqual([])
    // The action's entries are not the CLI's business.
    expect(files).not.toContain('dist/main.js')
  })

  it('has no runtime dependencies: the bundle carries them, so npx installs one package', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
  })
})
