import { compareText } from '../../src/util/compare-text'

/** A fixed pseudo-random sequence (an LCG), so every run checks the same pairs. */
function lcg(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

const expected = (a: string, b: string): number => Math.sign(a.localeCompare(b))

describe('compareText', () => {
  it('orders every pair of printable ASCII characters as localeCompare does', () => {
    const chars = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
    const wrong = chars.flatMap((a) =>
      chars.filter((b) => compareText(a, b) !== expected(a, b)).map((b) => `${a}${b}`)
    )
    expect(wrong).toEqual([])
  })

  it('orders strings as localeCompare does: primary weights first, then case', () => {
    const random = lcg(16)
    const alphabet = 'aAbBzZ09_-./ ~$'
    const word = (): string =>
      Array.from(
        { length: Math.floor(random() * 6) },
        () => alphabet[Math.floor(random() * alphabet.length)]
      ).join('')
    const wrong: string[] = []
    for (let i = 0; i < 20_000; i++) {
      const a = word()
      const b = random() < 0.3 ? a.toUpperCase() : word()
      if (compareText(a, b) !== expected(a, b))
        wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`)
    }
    expect(wrong).toEqual([])
  })

  it.each([
    ['team-1/a.yaml', 'team-10/a.yaml'],
    ['team_1/a.yaml', 'team-1/a.yaml'],
    ['B.yaml', 'a.yaml'],
    ['a.yaml', 'A.yaml'],
    ['exp-9.yaml', 'exp-10.yaml'],
    ['same', 'same'],
    ['', 'a'],
    ['café.yaml', 'cafe.yaml'],
    ['zürich', 'zurich-2'],
    ['tab\tname', 'tab name']
  ])('%s against %s, ASCII or not', (a, b) => {
    expect([compareText(a, b), compareText(b, a)]).toEqual([expected(a, b), expected(b, a)])
  })
})
