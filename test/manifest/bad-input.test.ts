import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { COMMANDS } from '../../src/cli/commands'
import { runCli } from '../../src/cli/run-cli'
import { captureIo } from '../cli/capture-io'

const ROOT = resolve(__dirname, '../..')

/** Runs `chaos-gate validate <path>` in `cwd` and returns the exit code and stdout. */
async function validate(path: string, cwd = ROOT): Promise<{ code: number; out: string }> {
  const io = captureIo({ cwd })
  const code = await runCli(['validate', path], COMMANDS, io, 'test')
  return { code, out: io.out() + io.err() }
}

/** Each corpus file, the one error line it must produce (exact position), and nothing that crashed. */
const CORPUS: readonly [file: string, expected: string][] = [
  [
    'malformed.yaml',
    'malformed.yaml:11:1: error: Flow sequence in block collection must be sufficiently indented and end with a ]'
  ],
  ['alias-bomb.yaml', 'alias-bomb.yaml:7:8: error: YAML aliases expand beyond the limit of 100'],
  ['duplicate-keys.yaml', "duplicate-keys.yaml:13:3: error: duplicate key 'duration'"],
  ['non-utf8.yaml', 'non-utf8.yaml:4:12: error: invalid UTF-8 byte 0xe9'],
  [
    'wrong-types.yaml',
    'wrong-types.yaml:7:13: error: spec.duration must be a string; got a number 30'
  ],
  [
    'wrong-types.yaml',
    "wrong-types.yaml:8:11: error: spec.expect must be one of pass, fail; got 'maybe'"
  ],
  [
    'wrong-types.yaml',
    "wrong-types.yaml:11:12: error: spec.podKill.count must be a number; got a string 'two'"
  ],
  [
    'wrong-types.yaml',
    "wrong-types.yaml:16:9: error: spec.steadyState.checks[0] has an unknown field 'threshhold'"
  ],
  ['unknown-kind.yaml', "unknown-kind.yaml:2:7: error: unknown kind 'PodChaoss' in chaos-mesh.org"],
  [
    'unknown-group.yaml',
    "unknown-group.yaml:1:13: error: unknown API group 'chaos-mesh.com' (kind IOChaos)"
  ],
  [
    'policy-violations.yaml',
    "policy-violations.yaml:9:3: error: namespace 'kube-system' is blocked by the policy"
  ],
  [
    'policy-violations.yaml',
    'policy-violations.yaml:9:3: error: the fault targets all (100%) of the matching pods, over the limit of 50%'
  ],
  [
    'policy-violations.yaml',
    "policy-violations.yaml:14:13: error: the fault lasts 1h, over the policy's maxDuration of 10m"
  ],
  [
    'placeholders.yaml',
    "placeholders.yaml:9:15: error: '<your-app>' looks like a placeholder left from documentation"
  ],
  [
    'numeric-probe-timeout.yaml',
    "numeric-probe-timeout.yaml:20:29: error: probe 'cart-up' runProperties.probeTimeout is the number 5, but the current ChaosEngine CRD requires a string"
  ],
  [
    'numeric-probe-timeout.yaml',
    "numeric-probe-timeout.yaml:21:25: error: probe 'cart-up' runProperties.interval is the number 2"
  ],
  [
    'unknown-template.yaml',
    "unknown-template.yaml:12:16: error: unknown placeholder '{{windw}}' in the query"
  ],
  [
    'unset-variable.yaml',
    'unset-variable.yaml:9:15: error: environment variable CHAOS_GATE_TEST_UNSET_URL is not set'
  ],
  ['not-an-object.yaml', 'not-an-object.yaml:1:1: error: the document is a list, not a mapping'],
  [
    'missing-namespace.yaml',
    'missing-namespace.yaml:3:1: error: no metadata.namespace and no namespace setting'
  ],
  [
    'chaos-mesh-value.yaml',
    'chaos-mesh-value.yaml:9:10: error: value must be a string (the CRD types it so); got 30'
  ],
  [
    'chaos-mesh-value.yaml',
    "chaos-mesh-value.yaml:11:13: error: duration must be a Go duration like '30s', '5m' or '1m30s'; got '30 seconds'"
  ]
]

describe('the bad-input corpus (test/fixtures/bad-input)', () => {
  it.each(CORPUS)('%s reports %s and exits 2', async (file, expected) => {
    const { code, out } = await validate(`test/fixtures/bad-input/${file}`)
    expect(code).toBe(2)
    expect(out.split('\n')).toContainEqual(
      expect.stringContaining(`test/fixtures/bad-input/${expected}`)
    )
    expect(out).toMatch(/^Not valid: .* nothing would be injected\.$/m)
  })

  it('reports every file of the corpus in one run, each problem once, without losing any', async () => {
    const { code, out } = await validate('test/fixtures/bad-input')
    expect(code).toBe(2)
    for (const [, expected] of CORPUS) expect(out).toContain(`test/fixtures/bad-input/${expected}`)
    const lines = out.split('\n').filter((l) => l.includes(': error: '))
    expect(new Set(lines).size).toBe(lines.length)
  })
})

describe('generated hostile input', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chaos-gate-bad-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('refuses a 10 MB file before reading it, naming its size and the limit', async () => {
    const line = 'x: "0123456789012345678901234567890123456789012345678901234567890123456789"\n'
    writeFileSync(join(dir, 'huge.yaml'), line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)))
    const { code, out } = await validate('huge.yaml', dir)
    expect(code).toBe(2)
    expect(out).toContain(
      'huge.yaml:1:1: error: the file is 10.0 MiB, over the 1.0 MiB limit for a manifest'
    )
  })

  it('refuses binary content at the first NUL byte', async () => {
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from('kind: PodChaos\nname: a\u0000b\n'))
    expect((await validate('binary.yaml', dir)).out).toContain(
      'binary.yaml:2:8: error: the file contains a NUL byte'
    )
  })

  it('refuses UTF-16 with a hint to save as UTF-8', async () => {
    writeFileSync(join(dir, 'utf16.yaml'), Buffer.from('\ufeffkind: PodChaos\n', 'utf16le'))
    expect((await validate('utf16.yaml', dir)).out).toContain(
      'utf16.yaml:1:1: error: the file is UTF-16 encoded; expected UTF-8. Save the file as UTF-8.'
    )
  })

  it('refuses flow collections nested past the limit without running the parser into the ground', async () => {
    writeFileSync(join(dir, 'deep.yaml'), `a: ${'['.repeat(5000)}`)
    expect((await validate('deep.yaml', dir)).out).toContain(
      "deep.yaml:1:104: error: flow collections ('[' and '{') are nested more than 100 levels deep"
    )
  })

  it('refuses block collections nested 50,000 deep with a message that says so, not a stack overflow', async () => {
    writeFileSync(join(dir, 'compact.yaml'), `${'- '.repeat(50_000)}x\n`)
    const indented = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')
    writeFileSync(join(dir, 'indented.yaml'), `${indented} x\n`)
    const deep =
      "block collections (indentation, '- ' and '? ') are nested more than 200 levels deep"
    expect((await validate('compact.yaml', dir)).out).toContain(`compact.yaml:1:1: error: ${deep}`)
    expect((await validate('indented.yaml', dir)).out).toContain(
      `indented.yaml:201:201: error: ${deep}`
    )
  })

  it('says the YAML is nested too deeply when the parser still runs out of stack', async () => {
    writeFileSync(join(dir, 'keys.yaml'), `a: ${'? '.repeat(50_000)}x\n`)
    const { code, out } = await validate('keys.yaml', dir)
    expect(code).toBe(2)
    expect(out).toMatch(
      /keys\.yaml:1:\d+: error: the YAML is nested too deeply for the parser \(it ran out of stack\)/
    )
    expect(out).not.toContain('Maximum call stack size exceeded')
  })

  it('reports a name used by two experiments at both places', async () => {
    const chaos = (ns: string) =>
      `apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata:\n  name: same\n  namespace: ${ns}\nspec:\n  action: pod-kill\n  mode: one\n  selector: { labelSelectors: { app: a } }\n`
    writeFileSync(join(dir, 'a.yaml'), chaos('staging'))
    writeFileSync(join(dir, 'b.yaml'), chaos('qa'))
    const { code, out } = await validate('.', dir)
    expect(code).toBe(2)
    expect(out).toContain("a.yaml:4:9: error: experiment name 'same' is also used at b.yaml:1")
    expect(out).toContain("b.yaml:4:9: error: experiment name 'same' is also used at a.yaml:1")
  })

  it('keeps the results of good files next to broken ones', async () => {
    writeFileSync(join(dir, 'broken.yaml'), 'kind: [')
    writeFileSync(
      join(dir, 'good.yaml'),
      'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: { name: good, namespace: staging }\nspec: { action: pod-kill, mode: one, selector: { labelSelectors: { app: a } } }\n'
    )
    const io = captureIo({ cwd: dir })
    const code = await runCli(['plan', '--json', '.'], COMMANDS, io, 'test')
    const plan = JSON.parse(io.out()) as { experiments: { name: string; runnable: boolean }[] }
    expect(code).toBe(2)
    expect(plan.experiments).toEqual([expect.objectContaining({ name: 'good', runnable: true })])
  })
})

describe('files reached twice', () => {
  it('reads a file once even through a symlink loop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-gate-loop-'))
    try {
      mkdirSync(join(dir, 'experiments'))
      symlinkSync(join(dir, 'experiments'), join(dir, 'experiments', 'loop'))
      writeFileSync(
        join(dir, 'experiments', 'a.yaml'),
        'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: { name: a, namespace: qa }\nspec: { action: pod-kill, mode: one, selector: { labelSelectors: { app: a } } }\n'
      )
      const { code, out } = await validate('experiments', dir)
      expect([code, out.trim().split('\n').at(-1)]).toEqual([
        0,
        'Valid: 1 experiment in 1 file (1 notice).'
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
