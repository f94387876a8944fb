import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import fg from 'fast-glob'

import { listPlainGlob, plainGlob } from '../../src/manifest/read/plain-glob'

/** fast-glob as find-files.ts called it for every pattern before plain-glob.ts. */
function fastGlob(pattern: string, cwd: string): string[] {
  return fg
    .sync(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      unique: true,
      followSymbolicLinks: true,
      ignore: ['**/node_modules/**', '**/.git/**']
    })
    .sort()
}

/** The message of an fs error (from Node's realm, not jest's: instanceof Error is false). */
function messageOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'message' in err
    ? String(err.message)
    : String(err)
}

describe('plain globs', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chaos-gate-plain-glob-'))
    const files = [
      'experiments/a.yaml',
      'experiments/b.yml',
      'experiments/c.json',
      'experiments/notes.txt',
      'experiments/UPPER.YAML',
      'experiments/.hidden.yaml',
      'experiments/a.b.yaml',
      'experiments/team-1/x.yaml',
      'experiments/team-1/deeper/y.yml',
      'experiments/.dotdir/z.yaml',
      'experiments/node_modules/pkg/n.yaml',
      'experiments/.git/g.yaml',
      'experiments/dir.yaml/inside.yaml',
      'other/o.yaml',
      'top.yaml'
    ]
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), 'kind: x\n')
    }
    symlinkSync(join(dir, 'experiments'), join(dir, 'experiments', 'team-1', 'loop'))
    symlinkSync(join(dir, 'other'), join(dir, 'experiments', 'linked'))
    symlinkSync(join(dir, 'other', 'o.yaml'), join(dir, 'experiments', 'file-link.yaml'))
    symlinkSync(join(dir, 'missing.yaml'), join(dir, 'experiments', 'broken.yaml'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each([
    'experiments/**/*.{yaml,yml}',
    'experiments/**/*.{yaml,yml,json}',
    'experiments/*.yaml',
    'experiments/team-1/*.{yaml,yml}',
    '**/*.yaml',
    '*.yaml',
    'other/**/*.yml',
    'nowhere/**/*.yaml'
  ])('lists %s as fast-glob does, loops and links aside', (pattern) => {
    const glob = plainGlob(pattern)
    expect(glob).toBeDefined()
    const ours = new Set(listPlainGlob(glob ?? { base: '', deep: false, extensions: [] }, dir))
    const theirs = fastGlob(pattern, dir)
    // fast-glob walks the loop until the kernel says ELOOP; each of those paths is one of ours
    // seen again through `loop/` (find-files.ts keeps one path per real file).
    const unlooped = theirs.filter((p) => !p.includes('/loop/'))
    expect([...ours].sort()).toEqual(unlooped)
    expect(theirs.every((p) => ours.has(p.replace(/\/team-1\/loop(\/team-1\/loop)*\//, '/')))).toBe(
      true
    )
  })

  it.each([
    'experiments/**/*.{yaml}',
    'experiments/*.y?ml',
    'experiments/[ab].yaml',
    './experiments/*.yaml',
    '../experiments/*.yaml',
    '.github/*.yaml',
    'node_modules/x/*.yaml',
    'experiments/**/a.yaml',
    'experiments/**',
    '/abs/*.yaml',
    '!(x)/*.yaml'
  ])('leaves %s to fast-glob', (pattern) => {
    expect(plainGlob(pattern)).toBeUndefined()
  })

  it('fails as fast-glob does when the base is a file', async () => {
    const glob = plainGlob('top.yaml/*.yaml')
    const theirs = await fg('top.yaml/*.yaml', { cwd: dir }).then(
      () => 'listed',
      (err: unknown) => messageOf(err)
    )
    expect(theirs).toMatch(/^ENOTDIR/)
    expect(() => listPlainGlob(glob ?? { base: 'x', deep: false, extensions: [] }, dir)).toThrow(
      theirs
    )
  })

  it('reads a directory as **/*.{yaml,yml,json} below it', () => {
    const ours = listPlainGlob(
      { base: '', deep: true, extensions: ['yaml', 'yml', 'json'] },
      join(dir, 'experiments')
    ).sort()
    const theirs = fastGlob('**/*.{yaml,yml,json}', join(dir, 'experiments')).filter(
      (p) => !p.includes('/loop/')
    )
    expect(ours).toEqual(theirs)
  })
})
