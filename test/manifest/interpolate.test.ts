import { interpolate } from '../../src/manifest/experiment/interpolate'

const locate = (path: readonly (string | number)[]) => ({
  file: 'f.yaml',
  line: path.length,
  col: 1
})

describe('interpolate', () => {
  it('expands ${VAR} and ${VAR:-default}, treating an empty variable as unset', () => {
    const value = { spec: { a: '${A}', b: 'x-${B:-fallback}-y', c: '${C:-}', d: ['${A}${A}'] } }
    const result = interpolate(value, { A: 'one', B: '' }, locate)
    expect(result).toEqual({
      value: { spec: { a: 'one', b: 'x-fallback-y', c: '', d: ['oneone'] } },
      issues: []
    })
  })

  it('leaves $${ as a literal ${ and strings without $ untouched', () => {
    expect(interpolate({ a: 'cost: $${HOME} and $5' }, {}, locate).value).toEqual({
      a: 'cost: ${HOME} and $5'
    })
  })

  it('never touches the backend object under spec.fault', () => {
    const value = { spec: { fault: { spec: { command: 'echo ${HOME}' } }, hypothesis: '${X:-y}' } }
    expect(interpolate(value, {}, locate).value).toEqual({
      spec: { fault: { spec: { command: 'echo ${HOME}' } }, hypothesis: 'y' }
    })
  })

  it('reports an unset variable at its value, with the fix', () => {
    const { issues } = interpolate({ spec: { url: '${NOPE}' } }, {}, locate)
    expect(issues).toEqual([
      {
        file: 'f.yaml',
        line: 2,
        col: 1,
        severity: 'error',
        code: 'interpolate/unset',
        message: 'environment variable NOPE is not set',
        hint: 'Set NOPE for the gate, or give a default: ${NOPE:-value}.'
      }
    ])
  })
})
