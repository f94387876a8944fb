import { fitMarkdown } from '../../src/action/notify/fit-markdown'

describe('fitMarkdown', () => {
  it('leaves text within the limit alone', () => {
    expect(fitMarkdown('short', 100, 'note', 'chars')).toBe('short')
  })

  it('cuts at a line break, closes an open fence and details block, and appends the note', () => {
    const body = [
      '# Report',
      '<details><summary>Timeline</summary>',
      '',
      '```',
      ...Array.from({ length: 200 }, (_, i) => `line ${i}`),
      '```',
      '</details>'
    ].join('\n')
    const fitted = fitMarkdown(body, 400, '_Truncated: see the JSON report._', 'chars')
    expect(fitted.length).toBeLessThanOrEqual(400)
    expect(fitted).toMatch(/line \d+\n```\n<\/details>\n_Truncated: see the JSON report._\n$/)
    expect(fitted.match(/^```/gm)).toHaveLength(2)
  })

  it('measures bytes for multibyte text and never splits a character', () => {
    const body = `${'é'.repeat(300)}\n${'ü'.repeat(300)}`
    const fitted = fitMarkdown(body, 700, 'cut', 'bytes')
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(700)
    expect(fitted).not.toContain('\uFFFD')
    expect(fitted.endsWith('\ncut\n')).toBe(true)
  })
})
