import { decodeSource, firstInvalidUtf8, formatBytes } from '../../src/manifest/read/source-file'
import { parseDocuments } from '../../src/manifest/read/yaml-documents'

const TEXT = `# comment
---
apiVersion: chaos-mesh.org/v1alpha1
kind: PodChaos
metadata:
  name: kill
spec:
  selector:
    labelSelectors:
      app: checkout
  mode: one
---
---
# only a comment
---
second: [1, 2, {three: 3}]
`

describe('parseDocuments', () => {
  it('skips empty documents and keeps the index of each non-empty one', () => {
    const { documents, issues } = parseDocuments('f.yaml', TEXT)
    expect(issues).toEqual([])
    expect(documents.map((d) => [d.index, d.start])).toEqual([
      [0, { file: 'f.yaml', line: 3, col: 1 }],
      [3, { file: 'f.yaml', line: 16, col: 1 }]
    ])
  })

  it('locates scalars at their value, collections at their key, and missing fields at the nearest parent', () => {
    const [first, second] = parseDocuments('f.yaml', TEXT).documents
    const at = (path: (string | number)[], doc = first) => {
      const { line, col } = doc?.locate(path) ?? { line: 0, col: 0 }
      return `${line}:${col}`
    }
    expect(at(['kind'])).toBe('4:7')
    expect(at(['spec', 'selector'])).toBe('8:3')
    expect(at(['spec', 'selector', 'labelSelectors', 'app'])).toBe('10:12')
    expect(at(['spec', 'duration'])).toBe('7:1')
    expect(at(['spec', 'selector', 'namespaces', 0])).toBe('8:3')
    expect(at(['second', 2, 'three'], second)).toBe('16:24')
    expect(at(['second', 9], second)).toBe('16:1')
  })

  it('honours merge keys, as kubectl does', () => {
    const { documents } = parseDocuments(
      'f.yaml',
      'base: &b { app: a }\nmerged:\n  <<: *b\n  tier: web\n'
    )
    expect(documents[0]?.value).toEqual({ base: { app: 'a' }, merged: { app: 'a', tier: 'web' } })
  })

  it('refuses keys that are themselves collections', () => {
    const { issues } = parseDocuments('f.yaml', 'metadata:\n  name: {{ name }}\n')
    expect(issues.map((i) => `${i.line}:${i.col} ${i.code}`)).toEqual(['2:10 yaml/complex-key'])
  })

  it('caps the problems listed for one broken file', () => {
    const { issues } = parseDocuments(
      'f.yaml',
      Array.from({ length: 40 }, (_, i) => `k${i}: [\n`).join('')
    )
    expect(issues.length).toBeLessThanOrEqual(21)
    expect(issues.at(-1)?.code).toBe('yaml/too-many-errors')
  })
})

describe('decodeSource', () => {
  it('finds the first invalid UTF-8 byte, including overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(Buffer.from('aé b', 'utf8'))).toBe(4)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe0, 0x80, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1)
  })

  it('reports the line and column of a bad byte, counting characters', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: é'), Uint8Array.from([0xff])])
    const decoded = decodeSource(bytes, 'f.yaml')
    expect(decoded.kind === 'rejected' && [decoded.issue.line, decoded.issue.col]).toEqual([2, 5])
  })

  it('passes valid UTF-8 through, without the byte order mark', () => {
    expect(decodeSource(Buffer.from('\ufeffkind: X', 'utf8'), 'f.yaml')).toEqual({
      kind: 'text',
      text: 'kind: X'
    })
  })

  it('formats sizes for people', () => {
    expect([formatBytes(12), formatBytes(2048), formatBytes(10 * 1024 * 1024)]).toEqual([
      '12 bytes',
      '2 KiB',
      '10.0 MiB'
    ])
  })
})
